/* test_parser.c — parser tests: the ast.dump of many snippets (expected
 * text produced by CPython 3.11's ast.dump), error cases with their
 * position and message, and robustness cases (encodings, NUL bytes,
 * invalid UTF-8, missing files, very deep nesting). */
#include "tests/frontend/frontend_test.h"

typedef struct Case { const char *src, *expected; } Case;

/* input, CPython 3.11 ast.dump(ast.parse(input)) */
static const Case dump_cases[] = {
    { "x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m ** -2",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=4), op=Div(), right=Constant(value=5)), op=FloorDiv(), right=Constant(value=6)), op=Mod(), right=Constant(value=7)), op=MatMult(), right=BinOp(left=Name(id='m', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=2))))))], type_ignores=[])" },
    { "a = b = c, d = e",
      "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])" },
    { "x: int = 5\n(y): str\nz.w: float\nq[0]: 'T' = 1",
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='z', ctx=Load()), attr='w', ctx=Store()), annotation=Name(id='float', ctx=Load()), simple=0), AnnAssign(target=Subscript(value=Name(id='q', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Constant(value='T'), value=Constant(value=1), simple=0)], type_ignores=[])" },
    { "x += 1\ny.z **= 2\nw[0] //= 3\nv @= m",
      "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Attribute(value=Name(id='y', ctx=Load()), attr='z', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssign(target=Subscript(value=Name(id='w', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(target=Name(id='v', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])" },
    { "del a, b.c, d[0], (e, [f])",
      "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del()), Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Name(id='e', ctx=Del()), List(elts=[Name(id='f', ctx=Del())], ctx=Del())], ctx=Del())])], type_ignores=[])" },
    { "import os, os.path as p\nfrom . import (a as b, c,)\nfrom ..m.n import *\nfrom ...x import y",
      "Module(body=[Import(names=[alias(name='os'), alias(name='os.path', asname='p')]), ImportFrom(names=[alias(name='a', asname='b'), alias(name='c')], level=1), ImportFrom(module='m.n', names=[alias(name='*')], level=2), ImportFrom(module='x', names=[alias(name='y')], level=3)], type_ignores=[])" },
    { "global g, h\nnonlocal n",
      "Module(body=[Global(names=['g', 'h']), Nonlocal(names=['n'])], type_ignores=[])" },
    { "assert x, 'msg'\nraise E from cause\nraise",
      "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='cause', ctx=Load())), Raise()], type_ignores=[])" },
    { "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])" },
    { "lambda: 0\nlambda x, /, y=1, *a, z, **k: x",
      "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])" },
    { "async def f():\n    await g()\n    async for x in y: pass\n    async with a as b, c: pass\n    return [i async for i in aiter() if await i]",
      "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='aiter', ctx=Load()), args=[], keywords=[]), ifs=[Await(value=Name(id='i', ctx=Load()))], is_async=1)]))], decorator_list=[])], type_ignores=[])" },
    { "@dec\n@dec2.attr(1)\nclass C(B, metaclass=M, **kw):\n    x = 1\n    def m(self): ...",
      "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis))], decorator_list=[])], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Attribute(value=Name(id='dec2', ctx=Load()), attr='attr', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[])" },
    { "for x, *y in z:\n    continue\nelse:\n    break",
      "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Continue()], orelse=[Break()])], type_ignores=[])" },
    { "while x := f():\n    pass\nelse:\n    pass",
      "Module(body=[While(test=NamedExpr(target=Name(id='x', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[Pass()])], type_ignores=[])" },
    { "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
      "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])" },
    { "with a as (b, c), d as e[0]: pass\nwith (a, b): pass\nwith (a as b, c as d,): pass\nwith (a, b) as c: pass",
      "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()), optional_vars=Subscript(value=Name(id='e', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])" },
    { "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
      "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])" },
    { "try:\n    pass\nexcept* E as g:\n    pass",
      "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='g', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])" },
    { "match p:\n    case 1 | -2 | 3.5 | 1+2j | 'a' 'b' | b'x' | None | True:\n        pass\n    case [a, *rest, _] if a > 0:\n        pass\n    case (x, y) | [x, y, *_]:\n        pass\n    case {'k': v, 1: 2, **kw}:\n        pass\n    case Point(x=0, y=yy) | mod.Cls(1, z=[*_]):\n        pass\n    case a.b.c as d:\n        pass\n    case (z):\n        pass\n    case _:\n        pass",
      "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=Constant(value=3.5)), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='ab')), MatchValue(value=Constant(value=b'x')), MatchSingleton(value=None), MatchSingleton(value=True)]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest'), MatchAs()]), guard=Compare(left=Name(id='a', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='x'), MatchAs(name='y')]), MatchSequence(patterns=[MatchAs(name='x'), MatchAs(name='y'), MatchStar()])]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k'), Constant(value=1)], patterns=[MatchAs(name='v'), MatchValue(value=Constant(value=2))], rest='kw'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs(name='yy')]), MatchClass(cls=Attribute(value=Name(id='mod', ctx=Load()), attr='Cls', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['z'], kwd_patterns=[MatchSequence(patterns=[MatchStar()])])]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), name='d'), body=[Pass()]), match_case(pattern=MatchAs(name='z'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])" },
    { "match x, y:\n    case *a, b: pass\n    case (): pass\n    case []: pass\n    case {}: pass",
      "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])], type_ignores=[])" },
    { "match = 1\nmatch.x = 2\nmatch(3)\ncase = 4\n_ = 5",
      "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Constant(value=3)], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=4)), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=5))], type_ignores=[])" },
    { "x = [1, *a, 2]\ny = (1,)\nz = ()\nw = {1, *s}\nv = {'a': 1, **d}\nu = {}",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=2)], ctx=Load())), Assign(targets=[Name(id='y', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load())), Assign(targets=[Name(id='z', ctx=Store())], value=Tuple(elts=[], ctx=Load())), Assign(targets=[Name(id='w', ctx=Store())], value=Set(elts=[Constant(value=1), Starred(value=Name(id='s', ctx=Load()), ctx=Load())])), Assign(targets=[Name(id='v', ctx=Store())], value=Dict(keys=[Constant(value='a'), None], values=[Constant(value=1), Name(id='d', ctx=Load())])), Assign(targets=[Name(id='u', ctx=Store())], value=Dict(keys=[], values=[]))], type_ignores=[])" },
    { "[x for x in y if x if not x for z in x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)\nf(x for x in y)",
      "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])" },
    { "a < b <= c == d != e > f >= g is h is not i in j not in k",
      "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])" },
    { "a and b and c or d or not e\n(a or b) or c",
      "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='e', ctx=Load()))])), Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])" },
    { "x = a if b else c if d else e",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])" },
    { "x[1:2, ::3, ...]\nx[:]\nx[a:=1]\nx[*a]\nx[1:2:3]\nx[i, j]",
      "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])" },
    { "f(a, *b, c=1, *d, **e)\nf(*a)\nf(a := 1)\nf()",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1))], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])" },
    { "yield\nyield x\nyield from y\nx = yield a, b",
      "Module(body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])" },
    { "print(f'{x!r:>{w}.{p}} {y=} {z = !s} {{lit}} {a:{b}}', f'', rf'\\n{x}', F'{3.14:.2f}')",
      "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)])), Constant(value=' y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value=' z = '), FormattedValue(value=Name(id='z', ctx=Load()), conversion=115), Constant(value=' {lit} '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))]), JoinedStr(values=[]), JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))])], keywords=[]))], type_ignores=[])" },
    { "n = [0, 00, 1_000, 0x_FF, 0o17, 0b1010, 1.5, 1e10, 1E-5, .5, 5., 1_0.0_1e+1_0, 3j, 2.5J, 99999999999999999999, 0xFFFFFFFFFFFFFFFFFF]",
      "Module(body=[Assign(targets=[Name(id='n', ctx=Store())], value=List(elts=[Constant(value=0), Constant(value=0), Constant(value=1000), Constant(value=255), Constant(value=15), Constant(value=10), Constant(value=1.5), Constant(value=10000000000.0), Constant(value=1e-05), Constant(value=0.5), Constant(value=5.0), Constant(value=100100000000.0), Constant(value=3j), Constant(value=2.5j), Constant(value=99999999999999999999), Constant(value=4722366482869645213695)], ctx=Load()))], type_ignores=[])" },
    { "x = ...\ny = None, True, False",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis)), Assign(targets=[Name(id='y', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])" },
    { "x = (yield)\nz = lambda: (yield)",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='z', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])" },
    { "def f(*, a, b=1): pass\ndef g(*args: *Ts): pass\ndef h(**kw): pass",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kw'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "class A: pass\nclass B(): pass",
      "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[]), ClassDef(name='B', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])" },
    { "x = -+~1\ny = not not a\nz = await_ = 1",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=UnaryOp(op=UAdd(), operand=UnaryOp(op=Invert(), operand=Constant(value=1))))), Assign(targets=[Name(id='y', ctx=Store())], value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())))), Assign(targets=[Name(id='z', ctx=Store()), Name(id='await_', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "a = b; c = d;\nif x: a; b",
      "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Name(id='b', ctx=Load())), Assign(targets=[Name(id='c', ctx=Store())], value=Name(id='d', ctx=Load())), If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])" },
    { "x = \\\n  1 + \\\n  2",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])" },
    { "f(a,\n  b,  # comment\n\n  c)",
      "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])" },
    { "def f():\n\tif x:\n\t\treturn 1\n\treturn 2",
      "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[If(test=Name(id='x', ctx=Load()), body=[Return(value=Constant(value=1))], orelse=[]), Return(value=Constant(value=2))], decorator_list=[])], type_ignores=[])" },
    { "# coding: latin-1\nx = 1",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "\303\251 = 1\n\345\217\230\351\207\217 = \303\251",
      "Module(body=[Assign(targets=[Name(id='\303\251', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='\345\217\230\351\207\217', ctx=Store())], value=Name(id='\303\251', ctx=Load()))], type_ignores=[])" },
    { "x = 1 if y else 2\nprint(*a, sep='')",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2))), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])" },
    { "for i in range(10): print(i)",
      "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='i', ctx=Load())], keywords=[]))], orelse=[])], type_ignores=[])" },
    { "x = [\n    1,\n    2,\n]",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])" },
    { "async def f():\n    async with (a as b): pass",
      "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], decorator_list=[])], type_ignores=[])" },
    { "if True:\n    pass\n# trailing comment",
      "Module(body=[If(test=Constant(value=True), body=[Pass()], orelse=[])], type_ignores=[])" },
    { "",
      "Module(body=[], type_ignores=[])" },
    { "\n\n# only comments\n\n",
      "Module(body=[], type_ignores=[])" },
    { "x = 1  # no newline at end",
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])" },
    { "f'{\"a\" if x else \"b\"}'",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value='a'), orelse=Constant(value='b')), conversion=-1)]))], type_ignores=[])" },
    { "f'''{\nx\n+ 1}'''",
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1)), conversion=-1)]))], type_ignores=[])" },
    { "(a)[b](c).d",
      "Module(body=[Expr(value=Attribute(value=Call(func=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), attr='d', ctx=Load()))], type_ignores=[])" },
    { "a.b.c.d = e",
      "Module(body=[Assign(targets=[Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])" },
    { "1if x else 2",
      "Module(body=[Expr(value=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])" },
};

/* input, first diagnostic */
static const Case error_cases[] = {
    { "x = (1,", "ERROR 1:5: error: '(' was never closed" },
    { "x = )", "ERROR 1:5: error: unmatched ')'" },
    { "f(a]", "ERROR 1:4: error: closing parenthesis ']' does not match opening parenthesis '('" },
    { "x = 'abc", "ERROR 1:5: error: unterminated string literal (detected at line 1)" },
    { "x = '''abc\n\n", "ERROR 1:5: error: unterminated triple-quoted string literal (detected at line 3)" },
    { "if x\n    pass", "ERROR 1:5: error: expected ':'" },
    { "if x:\npass", "ERROR 2:1: error: expected an indented block after 'if' statement on line 1" },
    { "  x = 1", "ERROR 1:1: error: unexpected indent" },
    { "if x:\n    a\n  b", "ERROR 3:1: error: unindent does not match any outer indentation level" },
    { "1 = x", "ERROR 1:1: error: cannot assign to literal here. Maybe you meant '==' instead of '='?" },
    { "f() = 1", "ERROR 1:1: error: cannot assign to function call here. Maybe you meant '==' instead of '='?" },
    { "del f()", "ERROR 1:5: error: cannot delete function call" },
    { "for 1 in x: pass", "ERROR 1:5: error: cannot assign to literal" },
    { "(a, b): int", "ERROR 1:1: error: only single target (not tuple) can be annotated" },
    { "a, += 1", "ERROR 1:1: error: 'tuple' is an illegal expression for augmented assignment" },
    { "x = 0777", "ERROR 1:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers" },
    { "x = 1_", "ERROR 1:6: error: invalid decimal literal" },
    { "x = 0b2", "ERROR 1:7: error: invalid digit '2' in binary literal" },
    { "x = 1__0", "ERROR 1:6: error: invalid decimal literal" },
    { "x = $", "ERROR 1:5: error: invalid syntax" },
    { "x = 1 +", "ERROR 1:8: error: invalid syntax" },
    { "def f(a=1, b): pass", "ERROR 1:12: error: non-default argument follows default argument" },
    { "def f(*, **k): pass", "ERROR 1:7: error: named arguments must follow bare *" },
    { "lambda *: 0", "ERROR 1:8: error: named arguments must follow bare *" },
    { "f(a=1, b)", "ERROR 1:8: error: positional argument follows keyword argument" },
    { "f(**a, *b)", "ERROR 1:8: error: iterable argument unpacking follows keyword argument unpacking" },
    { "f(x for x in y, 1)", "ERROR 1:3: error: Generator expression must be parenthesized" },
    { "f(a.b=1)", "ERROR 1:3: error: expression cannot contain assignment, perhaps you meant \"==\"?" },
    { "f(True=1)", "ERROR 1:3: error: cannot assign to True" },
    { "x = yield = 1", "ERROR 1:5: error: assignment to yield expression not possible" },
    { "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "ERROR 5:1: error: cannot have both 'except' and 'except*' on the same 'try'" },
    { "from . import a,", "ERROR 1:16: error: trailing comma not allowed without surrounding parentheses" },
    { "f'{}'", "ERROR 1:4: error: f-string: empty expression not allowed" },
    { "f'{x!z}'", "ERROR 1:6: error: f-string: invalid conversion character: expected 's', 'r', or 'a'" },
    { "f'{a}}'", "ERROR 1:6: error: f-string: single '}' is not allowed" },
    { "f'{a:{b:{c}}}'", "ERROR 1:9: error: f-string: expressions nested too deeply" },
    { "f'{#}'", "ERROR 1:4: error: f-string expression part cannot include '#'" },
    { "'a' b'b'", "ERROR 1:1: error: cannot mix bytes and nonbytes literals" },
    { "b'\\xe9' b'\303\251'", "ERROR 1:9: error: bytes can only contain ASCII literal characters" },
    { "match x:\n    case _ as _: pass", "ERROR 2:15: error: cannot use '_' as a target" },
    { "match x:\n    case 1+2: pass", "ERROR 2:12: error: imaginary number required in complex literal" },
    { "x = '\\N{NOT A REAL NAME}'", "ERROR 1:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name" },
    { "x = '\\x4'", "ERROR 1:5: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape" },
    { "if 1:\n\tx\n        y", "ERROR 3:1: error: inconsistent use of tabs and spaces in indentation" },
    { "x = 1\nx := 2", "ERROR 2:3: error: invalid syntax" },
    { "[*a for a in b]", "ERROR 1:5: error: invalid syntax" },
    { "(*a)", "ERROR 1:2: error: cannot use starred expression here" },
    { "def f(/): pass", "ERROR 1:7: error: at least one argument must precede /" },
    { "with a as 1: pass", "ERROR 1:11: error: cannot assign to literal" },
    { "class A(x for x in y): pass", "ERROR 1:9: error: invalid syntax" },
    { "x = 1 if 2", "ERROR 1:11: error: invalid syntax" },
    { "print 'hello'", "ERROR 1:7: error: invalid syntax" },
    { "a b", "ERROR 1:3: error: invalid syntax" },
    { "\342\202\254 = 1", "ERROR 1:1: error: invalid character '\342\202\254' (U+20AC)" },
    { "x = 0xfor_ = 1", "ERROR 1:8: error: invalid hexadecimal literal" },
};

static void test_dumps(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof dump_cases / sizeof dump_cases[0]; i++)
        ft_assert_output(FT_DUMP, dump_cases[i].src, dump_cases[i].expected);
}

static void test_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++)
        ft_assert_output(FT_DUMP, error_cases[i].src, error_cases[i].expected);
}

static char *repeat(const char *a, size_t na, const char *mid, const char *b, size_t nb)
{
    size_t la = strlen(a), lm = strlen(mid), lb = strlen(b);
    char *s = xmalloc(la * na + lm + lb * nb + 1), *p = s;
    for (size_t i = 0; i < na; i++, p += la) memcpy(p, a, la);
    memcpy(p, mid, lm);
    p += lm;
    for (size_t i = 0; i < nb; i++, p += lb) memcpy(p, b, lb);
    *p = '\0';
    return s;
}

static void assert_rejected_with(char *src, const char *msg_part)
{
    char *got = ft_run(FT_DUMP, src, strlen(src));
    if (!strstr(got, msg_part)) fail_msg("expected '%s', got '%s'", msg_part, got);
    free(got);
    free(src);
}

static void test_deep_inputs(void **state)
{
    (void)state;
    assert_rejected_with(repeat("(", 100000, "", ")", 100000), "ERROR 1:201: error: too many nested parentheses");
    assert_rejected_with(repeat("1+", 1000000, "1", "", 0), "too many nested");
    assert_rejected_with(repeat("-", 100000, "1", "", 0), "too many nested");
    assert_rejected_with(repeat("not ", 100000, "x", "", 0), "too many nested");
    assert_rejected_with(repeat("lambda: ", 100000, "x", "", 0), "too many nested");
    assert_rejected_with(repeat("[", 100000, "", "]", 100000), "too many nested parentheses");
    /* 101 nested blocks, one space deeper each */
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < 101; i++) {
        for (int k = 0; k < i; k++) sb_putc(&sb, ' ');
        sb_puts(&sb, "if x:\n");
    }
    for (int k = 0; k < 101; k++) sb_putc(&sb, ' ');
    sb_puts(&sb, "pass\n");
    assert_rejected_with(sb_take(&sb), "ERROR 102:1: error: too many levels of indentation");
    /* within the limits these parse */
    char *ok = repeat("(", 199, "1", ")", 199);
    char *got = ft_run(FT_DUMP, ok, strlen(ok));
    assert_string_equal(got, "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])");
    free(got);
    free(ok);
    ok = repeat("-", 1000, "1", "", 0);
    got = ft_run(FT_DUMP, ok, strlen(ok));
    assert_true(strncmp(got, "Module(", 7) == 0);
    free(got);
    free(ok);
}

static void test_encodings(void **state)
{
    (void)state;
    /* a BOM is skipped */
    ft_assert_output(FT_DUMP, "\xEF\xBB\xBFx = 1",
                     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    /* latin-1 cookie: the byte 0xE9 becomes U+00E9, stored as UTF-8 */
    ft_assert_output(FT_DUMP, "# -*- coding: latin-1 -*-\ns = '\xE9'",
                     "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\xC3\xA9'))], type_ignores=[])");
    /* vim-style cookie on line 2 */
    ft_assert_output(FT_DUMP, "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\ns = '\xA4'",
                     "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\xE2\x82\xAC'))], type_ignores=[])");
    ft_assert_output(FT_DUMP, "# coding: no-such-codec\nx = 1", "ERROR 1:1: error: unknown encoding: no-such-codec");
    ft_assert_output(FT_DUMP, "\xEF\xBB\xBF# coding: latin-1\nx = 1", "ERROR 1:1: error: encoding problem: latin-1 with BOM");
    /* without a cookie, invalid UTF-8 is an error with its position */
    ft_assert_output(FT_DUMP, "x = 1\ny = '\xE9'",
                     "ERROR 2:6: error: (unicode error) 'utf-8' codec can't decode byte 0xe9: invalid utf-8");
    ft_assert_output(FT_DUMP, "x = '\xED\xA0\x80'",
                     "ERROR 1:6: error: (unicode error) 'utf-8' codec can't decode byte 0xed: invalid utf-8");
    /* ... but, as with ast.parse, a stray byte in a comment is harmless */
    ft_assert_output(FT_DUMP, "x = 1  # caf\xE9\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                     "value=Constant(value=1))], type_ignores=[])");
    ft_assert_output(FT_DUMP, "caf\xE9 = 1", "ERROR 1:4: error: (unicode error) 'utf-8' codec can't decode byte 0xe9: invalid utf-8");
    /* \r\n and lone \r are newlines */
    ft_assert_output(FT_DUMP, "x = 1\r\ny = 2\rz = 3",
                     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
                     "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2)), "
                     "Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=3))], type_ignores=[])");
}

static void test_nul_byte(void **state)
{
    (void)state;
    static const char src[] = "x = 1\ny = 2\0\n";
    char *got = ft_run(FT_DUMP, src, sizeof src - 1);
    assert_string_equal(got, "ERROR 2:6: error: source code cannot contain null bytes");
    free(got);
}

static void test_empty_and_blank(void **state)
{
    (void)state;
    ft_assert_output(FT_DUMP, "", "Module(body=[], type_ignores=[])");
    ft_assert_output(FT_DUMP, "\n\n   \n# c\n\t\n", "Module(body=[], type_ignores=[])");
}

static void test_missing_file(void **state)
{
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    DiagEngine diag;
    diag_init(&diag, mem);
    uint32_t file = diag_load_file(&diag, "/nonexistent/dir/missing.py");
    assert_int_equal(file, 0);
    Arena arena;
    arena_init(&arena);
    assert_null(parse_file(&arena, &diag, file));
    assert_int_equal(diag.errors, 2);
    diag_dispose(&diag);
    fclose(mem);
    assert_non_null(strstr(text, "missing.py: No such file or directory"));
    free(text);
    arena_free(&arena);
}

/* Parsing is reentrant: the same source parsed twice gives the same tree,
 * and an f-string parse nested in a file parse leaves no trace. */
static void test_reentrant(void **state)
{
    (void)state;
    const char *src = "x = f'{a + f\"{b!r}\"}'";
    char *a = ft_run(FT_DUMP, src, strlen(src));
    char *b = ft_run(FT_DUMP, src, strlen(src));
    assert_string_equal(a, b);
    assert_string_equal(a, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=["
                           "FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=JoinedStr(values=["
                           "FormattedValue(value=Name(id='b', ctx=Load()), conversion=114)])), conversion=-1)]))], type_ignores=[])");
    free(a);
    free(b);
}

/* Locations: every node carries the line and column of its first byte. */
static void test_locations(void **state)
{
    (void)state;
    DiagEngine diag;
    diag_init(&diag, stderr);
    const char *src = "if x:\n    y = (a +\n         f(b))\n";
    uint32_t file = diag_add_source(&diag, "t.py", src, strlen(src));
    Arena arena;
    arena_init(&arena);
    AstModule *mod = parse_file(&arena, &diag, file);
    assert_non_null(mod);
    AstStmt *ifs = mod->body.items[0];
    assert_int_equal(ifs->loc.line, 1);
    assert_int_equal(ifs->loc.col, 1);
    AstStmt *assign = ifs->v.If.body.items[0];
    assert_int_equal(assign->kind, AST_STMT_Assign);
    assert_int_equal(assign->loc.line, 2);
    assert_int_equal(assign->loc.col, 5);
    AstExpr *binop = assign->v.Assign.value;
    assert_int_equal(binop->kind, AST_EXPR_BinOp);
    assert_int_equal(binop->loc.col, 10);           /* `a`, inside the parentheses */
    assert_int_equal(binop->parens, 1);
    AstExpr *call = binop->v.BinOp.right;
    assert_int_equal(call->loc.line, 3);
    assert_int_equal(call->loc.col, 10);
    AstExpr *arg = call->v.Call.args.items[0];
    assert_int_equal(arg->loc.col, 12);
    assert_string_equal(arg->v.Name.id, "b");
    /* int literal payload */
    arena_free(&arena);
    src = "n = 0x_FF + 18446744073709551616";
    file = diag_add_source(&diag, "u.py", src, strlen(src));
    mod = parse_file(&arena, &diag, file);
    assert_non_null(mod);
    AstExpr *sum = mod->body.items[0]->v.Assign.value;
    AstConstant *l = &sum->v.BinOp.left->v.Constant, *r = &sum->v.BinOp.right->v.Constant;
    assert_int_equal(l->kind, AST_CONST_Int);
    assert_string_equal(l->v.i.digits, "FF");
    assert_int_equal(l->v.i.base, 16);
    assert_int_equal(l->v.i.value, 255);
    assert_false(l->v.i.overflows_i64);
    assert_true(r->v.i.overflows_i64);
    assert_string_equal(r->v.i.digits, "18446744073709551616");
    arena_free(&arena);
    diag_dispose(&diag);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dumps),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_deep_inputs),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_reentrant),
        cmocka_unit_test(test_locations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
