/* test_text.c — the text form: exact printer output, print -> parse ->
 * print round trips (every opcode, escapes, awkward floats), and parser
 * diagnostics with their line:col. */
#include "tests/ir/testutil.h"

#include <math.h>

/* Every opcode once; verifies as untyped IR (@generic has `?` and py.*
 * ops).  The test below fails if ops.def grows an op this module does not
 * use. */
static const char every_op[] =
    "; portalisc IR\n"
    "module \"all.py\"\n"
    "global @g: int = -42\n"
    "global @eps: float = 1e-12 const\n"
    "global @name: str = \"tab\\there\" const !2:1\n"
    "global @flag: bool = true\n"
    "global @nothing: None = None\n"
    "global @late: str\n"
    "global @ys: ? !3:1 annot list[int] !3:5\n"
    "\n"
    "fn @helper(int, float) -> tuple[int,float] {\n"
    "block0(v0 \"a\": int, v1 \"b\": float):\n"
    "    v2: tuple[int,float] = tuple.new v0, v1\n"
    "    ret v2\n"
    "}\n"
    "\n"
    "fn @generic(?, int) -> ? {\n"
    "block0(v0 \"x\": ?, v1: int):\n"
    "    v2: ? = py.binop floordiv v0, v1\n"
    "    v3: ? = py.unop invert v2 !4:9\n"
    "    v4: ? = py.cmp lt v3, v1\n"
    "    v5: ? = py.truth v4\n"
    "    condbr v5, block1, block2\n"
    "block1:\n"
    "    ret v3\n"
    "block2:\n"
    "    v6: ? = call @generic(v1, v1)\n"
    "    ret v6\n"
    "}\n"
    "\n"
    "fn @containers(?) -> None {\n"
    "    annot 0 \"xs\": dict[str,Optional[int]] !5:20\n"
    "    annot 2 \"t\": Union[tuple[int,...],set[float],None] !6:8\n"
    "block0(v0 \"xs\": ?):\n"
    "    v1: int = const.int 1\n"
    "    v2: None = const.none\n"
    "    v3: ? = py.inplace add v0, v1\n"
    "    v4: ? = py.contains v0, v1\n"
    "    v5: ? = py.list v1, v1\n"
    "    v6: ? = py.dict v1, v0\n"
    "    v7: ? = py.set\n"
    "    v8: ? = py.slice v2, v1, v2\n"
    "    v9: ? = py.getitem v0, v8\n"
    "    py.setitem v0, v1, v9\n"
    "    py.delitem v0, v1\n"
    "    v10: ? = py.unpack v0, 2\n"
    "    v11: ? = py.unpack_ex v0, 65536\n"
    "    v12: ? = py.method \"sort:key\" v0, v1\n"
    "    v13: ? = py.builtin \"sorted\" v5\n"
    "    v14: ? = py.builtin_ref \"len\"\n"
    "    v15: ? = py.func_ref @helper()\n"
    "    v16: ? = py.getattr \"get\" v6\n"
    "    v17: ? = py.callv v16, v1\n"
    "    v18: str = const.str \">4\"\n"
    "    v19: ? = py.format v1, v18\n"
    "    v20: object = obj.box v1\n"
    "    v21: int = obj.unbox v20\n"
    "    v22: str = str.build v18, v18\n"
    "    v23: ? = py.iter v0\n"
    "    annot.check v23, 2 !7:5\n"
    "    ret v2\n"
    "}\n"
    "\n"
    "fn @__module__() -> None !1:1 {\n"
    "block0:\n"
    "    v0: int = const.int 7\n"
    "    v1: int = const.int -3 !3:5\n"
    "    v2: float = const.float 0.1\n"
    "    v3: bool = const.bool false\n"
    "    v4: str = const.str \"q\\\"\\\\\\n\\r\\x00\\x7f\"\n"
    "    v5: None = const.none\n"
    "    v6: int = int.add v0, v1\n"
    "    v7: int = int.sub v0, v1\n"
    "    v8: int = int.mul v0, v1\n"
    "    v9: int = int.floordiv v0, v1\n"
    "    v10: int = int.mod v0, v1\n"
    "    v11: int = int.pow v0, v0\n"
    "    v12: float = int.truediv v0, v1\n"
    "    v13: int = int.neg v0\n"
    "    v14: int = int.invert v0\n"
    "    v15: int = int.and v0, v1\n"
    "    v16: int = int.or v0, v1\n"
    "    v17: int = int.xor v0, v1\n"
    "    v18: int = int.shl v0, v0\n"
    "    v19: int = int.shr v0, v0\n"
    "    v20: int = int.abs v1\n"
    "    v21: bool = int.cmp le v0, v1\n"
    "    v22: float = float.add v2, v12\n"
    "    v23: float = float.sub v2, v12\n"
    "    v24: float = float.mul v2, v12\n"
    "    v25: float = float.div v2, v12\n"
    "    v26: float = float.floordiv v2, v12\n"
    "    v27: float = float.mod v2, v12\n"
    "    v28: float = float.pow v2, v12\n"
    "    v29: float = float.neg v2\n"
    "    v30: float = float.abs v2\n"
    "    v31: bool = float.cmp ne v2, v12\n"
    "    v32: bool = bool.not v3\n"
    "    v33: bool = bool.cmp gt v3, v32\n"
    "    v34: bool = str.cmp ge v4, v4\n"
    "    v35: str = str.concat v4, v4\n"
    "    v36: bool = int_float.cmp lt v0, v2\n"
    "    v37: bool = none.cmp is_not v5, v5\n"
    "    v38: int = bool.to_int v3\n"
    "    v39: float = int.to_float v0\n"
    "    v40: int = float.to_int v2\n"
    "    v41: bool = truth v4\n"
    "    v42: str = to_str v2\n"
    "    v43: str = to_repr v4\n"
    "    v44: tuple[int,float] = call @helper(v0, v2) !9:5\n"
    "    v45: float = tuple.get v44, 1\n"
    "    v46: tuple[int,int] = builtin divmod(v0, v1)\n"
    "    v47: tuple[] = tuple.new\n"
    "    v48: range = range.new v0, v1, v0\n"
    "    v49: iter[int] = iter.new v48\n"
    "    v50: int = global.get @g\n"
    "    global.set @g, v50\n"
    "    print v35, v42, sep=v4, end=v43\n"
    "    print sep=v4, end=v4\n"
    "    br block1(v0)\n"
    "block1(v51 \"i\": int):\n"
    "    iter.next v49, block2(v51), block3\n"
    "block2(v52: int, v53 \"x\": int):\n"
    "    condbr v21, block1(v53), block3\n"
    "block3:\n"
    "    ret v5\n"
    "block4:\n"
    "    unreachable\n"
    "}\n";

static void every_op_round_trips(void **state)
{
    (void)state;
    Captured c;
    capture_init(&c);
    IrModule *m = parse_ok(&c, every_op);
    assert_int_equal(ir_verify_untyped(m, &c.diag), 0);
    char *text = print_module(m);
    assert_string_equal(text, every_op);                /* canonical input prints unchanged */
    for (uint32_t op = 0; op < IR_OP_COUNT; op++) {
        StrBuf needle;
        sb_init(&needle);
        sb_printf(&needle, " %s", ir_op_name((IrOp)op));
        if (!strstr(text, needle.data)) print_error("opcode %s is not covered\n", ir_op_name((IrOp)op));
        assert_non_null(strstr(text, needle.data));
        sb_free(&needle);
    }
    free(text);
    ir_module_free(m);
    capture_free(&c);
}

/* print(parse(src)) is stable and equal to expected. */
static void round_trip(const char *src, const char *expected)
{
    Captured c;
    capture_init(&c);
    IrModule *m = parse_ok(&c, src);
    char *once = print_module(m);
    assert_string_equal(once, expected);
    IrModule *again = parse_text(&c, once);
    assert_non_null(again);
    char *twice = print_module(again);
    assert_string_equal(twice, once);
    free(once);
    free(twice);
    ir_module_free(m);
    ir_module_free(again);
    capture_free(&c);
}

static void floats_round_trip(void **state)
{
    (void)state;
    static const char *values[] = {"0.1", "1e+16", "-0.0", "inf", "-inf", "nan", "1.0", "0.0",
                                   "5e-324", "1.7976931348623157e+308", "123456789.0",
                                   "2.2250738585072014e-308", "0.30000000000000004", "-2.5"};
    for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
        StrBuf src;
        sb_init(&src);
        sb_printf(&src,
                  "; portalisc IR\n\nfn @f() -> float {\nblock0:\n    v0: float = const.float %s\n"
                  "    ret v0\n}\n", values[k]);
        round_trip(src.data, src.data);
        sb_free(&src);
    }
    /* the value itself, not only its text: -0.0 keeps its sign, 1e16 is exact */
    Captured c;
    capture_init(&c);
    IrModule *m = parse_text(&c, "fn @f() -> float {\nblock0:\n v0: float = const.float -0.0\n"
                                 " v1: float = const.float 1e16\n v2: float = const.float nan\n ret v0\n}\n");
    assert_non_null(m);
    assert_int_equal(m->floats.len, 3);
    assert_true(m->floats.data[0] == 0.0 && signbit(m->floats.data[0]));
    assert_true(m->floats.data[1] == 1e16);
    assert_true(isnan(m->floats.data[2]));
    ir_module_free(m);
    capture_free(&c);
}

static void non_canonical_input_is_renumbered(void **state)
{
    (void)state;
    /* sparse numbers, a forward reference across blocks, a back edge using a
     * value printed later, comments and odd spacing */
    round_trip("fn @f(int)->int{ ; comment\n"
               "block7(v10 \"n\":int):\n"
               "  br block3(v10)   ; forward\n"
               "block3(v20:int):\n"
               "  v99:bool=int.cmp lt v20,v10\n"
               "  condbr v99,block5,block9\n"
               "block5:\n"
               "  v30:int=int.add v20,v31\n"
               "  br block3(v30)\n"
               "block9:\n"
               "  v31: int = const.int 1\n"
               "  ret v20\n"
               "}\n"
               "fn @\"weird name\"() -> None {\nblock0:\n v0: None = const.none\n ret v0\n}\n",
               "; portalisc IR\n"
               "\n"
               "fn @f(int) -> int {\n"
               "block0(v0 \"n\": int):\n"
               "    br block1(v0)\n"
               "block1(v1: int):\n"
               "    v2: bool = int.cmp lt v1, v0\n"
               "    condbr v2, block2, block3\n"
               "block2:\n"
               "    v3: int = int.add v1, v4\n"
               "    br block1(v3)\n"
               "block3:\n"
               "    v4: int = const.int 1\n"
               "    ret v1\n"
               "}\n"
               "\n"
               "fn @\"weird name\"() -> None {\n"
               "block0:\n"
               "    v0: None = const.none\n"
               "    ret v0\n"
               "}\n");
}

static void strings_round_trip(void **state)
{
    (void)state;
    round_trip("fn @f() -> str {\nblock0:\n"
               "  v0: str = const.str \"\\u00e9\\U0001F600\\'x\\a\\b\\f\\v\\0\\x41\"\n  ret v0\n}\n",
               "; portalisc IR\n\nfn @f() -> str {\nblock0:\n"
               "    v0: str = const.str \"\xc3\xa9\xf0\x9f\x98\x80'x\\x07\\x08\\x0c\\x0b\\x00A\"\n"
               "    ret v0\n}\n");
}

static void printer_output_of_built_module(void **state)
{
    (void)state;
    IrModule *m = ir_module_new();
    m->source_name = ir_intern_cstr(m, "prog.py");
    TypeId I = ir_type(IR_TYPE_INT), F = ir_type(IR_TYPE_FLOAT), N = ir_type(IR_TYPE_NONE);
    GlobalId moves = ir_global_new(m, ir_intern_cstr(m, "moves"), I, (SrcLoc){0, 0, 0});
    ir_global(m, moves)->has_init = true;
    vec_push(&m->ints, 0);
    ir_global(m, moves)->init = m->ints.len - 1;
    StrId names[2] = {ir_intern_cstr(m, "n"), ir_intern_cstr(m, "x")};
    FuncId f = ir_func_new(m, ir_intern_cstr(m, "step"), ir_type_func(m, (TypeId[]){I, F}, 2, N),
                           names, (SrcLoc){0, 3, 1});
    IrBuilder b;
    ir_builder_init(&b, m, f);
    b.loc = (SrcLoc){0, 4, 9};
    ValueId g = ir_global_get(&b, moves);
    b.loc = (SrcLoc){0, 0, 0};
    ValueId sum = ir_binop(&b, IR_INT_ADD, g, ir_func_param(m, f, 0));
    ir_global_set(&b, moves, sum);
    ValueId half = ir_binop(&b, IR_FLOAT_MUL, ir_func_param(m, f, 1), ir_const_float(&b, 0.5));
    ValueId t = ir_tuple_new(&b, (ValueId[]){sum, half}, 2);
    BlockId next = ir_block_new(&b);
    ValueId p = ir_block_add_param(&b, next, ir_value(ir_func(m, f), t)->type, ir_intern_cstr(m, "t"));
    ir_br(&b, next, &t, 1);
    ir_builder_set_block(&b, next);
    ValueId sep = ir_const_str(&b, " ", 1);
    ir_print(&b, &p, 1, sep, sep);
    ir_ret(&b, ir_const_none(&b));
    char *text = print_module(m);
    assert_string_equal(text,
                        "; portalisc IR\n"
                        "module \"prog.py\"\n"
                        "global @moves: int = 0\n"
                        "\n"
                        "fn @step(int, float) -> None !3:1 {\n"
                        "block0(v0 \"n\": int, v1 \"x\": float):\n"
                        "    v2: int = global.get @moves !4:9\n"
                        "    v3: int = int.add v2, v0\n"
                        "    global.set @moves, v3\n"
                        "    v4: float = const.float 0.5\n"
                        "    v5: float = float.mul v1, v4\n"
                        "    v6: tuple[int,float] = tuple.new v3, v5\n"
                        "    br block1(v6)\n"
                        "block1(v7 \"t\": tuple[int,float]):\n"
                        "    v8: str = const.str \" \"\n"
                        "    print v7, sep=v8, end=v8\n"
                        "    v9: None = const.none\n"
                        "    ret v9\n"
                        "}\n");
    free(text);
    ir_module_free(m);
}

/* ---- diagnostics ----------------------------------------------------------------- */

static void expect_parse_error(const char *src, const char *message)
{
    Captured c;
    capture_init(&c);
    IrModule *m = parse_text(&c, src);
    assert_null(m);
    assert_contains(capture_text(&c), message);
    capture_free(&c);
}

#define FN_HEAD "fn @f(int) -> int {\nblock0(v0: int):\n"

static void parse_errors_have_positions(void **state)
{
    (void)state;
    static const struct { const char *src, *message; } cases[] = {
        {FN_HEAD "    v1: int = int.frob v0, v0\n    ret v1\n}\n",
         "t.pir:3:15: error: unknown instruction 'int.frob'"},
        {FN_HEAD "    ret v9\n}\n",
         "t.pir:3:9: error: use of undefined value v9"},
        {FN_HEAD "    br block4\n}\n",
         "t.pir:3:8: error: use of undefined block block4"},
        {FN_HEAD "    v1: float = const.int 1\n    ret v0\n}\n",
         "t.pir:3:5: error: type mismatch: 'const.int' yields int, not float"},
        {FN_HEAD "    v1: int = const.int 12x\n",
         "t.pir:3:25: error: malformed number '12x'"},
        {FN_HEAD "    v1: int = const.int 9223372036854775808\n",
         "t.pir:3:25: error: integer 9223372036854775808 does not fit in 64 bits"},
        {FN_HEAD "    v1: int = const.int -9223372036854775808\n    ret v1\n}\n@",
         "t.pir:6:1: error: expected a name after '@'"},
        {FN_HEAD "    v1: str = const.str \"ab\\q\"\n",
         "t.pir:3:28: error: unknown escape sequence '\\q'"},
        {FN_HEAD "    v1: str = const.str \"ab\n",
         "t.pir:3:25: error: unterminated string literal"},
        {FN_HEAD "    v1: lst[int] = const.none\n",
         "t.pir:3:9: error: unknown type 'lst'"},
        {FN_HEAD "    v1: int = int.add v0\n    ret v1\n}\n",
         "t.pir:3:15: error: 'int.add' takes 2 operands"},
        {FN_HEAD "    v0: int = const.int 1\n",
         "t.pir:3:5: error: redefinition of v0"},
        {FN_HEAD "    ret v0\nblock0:\n    ret v0\n}\n",
         "t.pir:4:1: error: redefinition of block0"},
        {FN_HEAD "    v1: int = call @g(v0)\n    ret v1\n}\n",
         "t.pir:3:20: error: call of undefined function @g"},
        {FN_HEAD "    v1: int = global.get @g\n",
         "t.pir:3:26: error: use of undeclared global @g"},
        {"fn @f(int) -> int {\nblock0(v0: float):\n    ret v0\n}\n",
         "t.pir:2:8: error: entry block parameters must match the signature of @f"},
        {FN_HEAD "    ret v0 $\n}\n",
         "t.pir:3:12: error: unexpected character '$'"},
        {FN_HEAD "    int.add v0, v0\n",
         "t.pir:3:5: error: 'int.add' yields a value"},
        {"global @x: int = 1.5\n",
         "t.pir:1:18: error: expected an integer, found '1.5'"},
        {"global @x: int const\n",
         "t.pir:1:16: error: a const global needs an initial value"},
        {"fn @f() -> None {\n}\n",
         "t.pir:2:1: error: expected a block label (block0), found '}'"},
        {"bogus",
         "t.pir:1:1: error: expected 'global' or 'fn', found 'bogus'"},
        {FN_HEAD "    ret v0\n",
         "t.pir:4:1: error: expected '}', found end of file"},
        {"fn @f(?) -> None {\n    annot 0: int\n    annot 0 \"x\": str\n",
         "t.pir:3:11: error: redefinition of annotation 0"},
        {"global @x: ? annot tuple[int,str,...]\n",
         "t.pir:1:20: error: 'tuple[T,...]' takes one type parameter, not 2"},
        {"global @x: ? annot tuple[...]\n",
         "t.pir:1:26: error: expected a type, found '...'"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        expect_parse_error(cases[k].src, cases[k].message);
}

static void deep_types_fail_cleanly(void **state)
{
    (void)state;
    StrBuf src;
    sb_init(&src);
    sb_puts(&src, "global @x: ");
    for (int i = 0; i < 100000; i++) sb_puts(&src, "list[");
    expect_parse_error(src.data, "error: type nested more than 1000 deep");
    sb_free(&src);
}

/* Every prefix of a valid module is either valid or rejected cleanly
 * (the sanitizer builds catch any overrun). */
static void truncated_input_never_crashes(void **state)
{
    (void)state;
    size_t len = strlen(every_op);
    for (size_t cut = 0; cut < len; cut += 7) {
        Captured c;
        capture_init(&c);
        uint32_t file = diag_add_source(&c.diag, "t.pir", every_op, cut);
        IrModule *m = ir_parse(&c.diag, file);
        if (m) {
            ir_verify(m, &c.diag);
            ir_module_free(m);
        } else {
            assert_true(c.diag.errors > 0);
        }
        capture_free(&c);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_op_round_trips),
        cmocka_unit_test(floats_round_trip),
        cmocka_unit_test(non_canonical_input_is_renumbered),
        cmocka_unit_test(strings_round_trip),
        cmocka_unit_test(printer_output_of_built_module),
        cmocka_unit_test(parse_errors_have_positions),
        cmocka_unit_test(deep_types_fail_cleanly),
        cmocka_unit_test(truncated_input_never_crashes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
