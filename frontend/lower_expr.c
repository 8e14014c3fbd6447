/* lower_expr.c — expressions: literals, names, the numeric tower, chained
 * comparisons, short-circuit and/or, conditional expressions, tuples.
 * Every operation on statically typed operands is chosen from their types
 * exactly as CPython would dispatch it at run time (a combination that
 * would raise a TypeError is a compile error); an operand of type `?`, or a
 * combination only the runtime implements (str * int, tuple + tuple), gives
 * the generic py.* op. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

#define AT(node) (L->b.loc = (node)->loc)

bool lower_depth_enter(Lower *L, SrcLoc loc)
{
    if (L->depth >= LOWER_MAX_DEPTH) {
        if (!L->depth_reported) lower_error(L, loc, "expression too deeply nested");
        L->depth_reported = true;
        return false;
    }
    L->depth++;
    return true;
}

static TypeId ty(Lower *L, ValueId v) { return lower_vtype(L, v); }

ValueId lower_generic(Lower *L, IrOp op, const char *name, const ValueId *args, uint32_t n, SrcLoc loc)
{
    for (uint32_t i = 0; i < n; i++)
        if (lv_bad(args[i])) return lv_poison();
    if (!ssa_live(L)) return lv_poison();
    L->b.loc = loc;
    return ir_py_generic(&L->b, op, name ? ir_intern_cstr(L->m, name).id : 0, args, n);
}

static ValueId unsupported(Lower *L, SrcLoc loc, const char *what)
{
    lower_error(L, loc, "unsupported: %s", what);
    return lv_poison();
}

/* ---- literals ------------------------------------------------------------- */

/* The literal's magnitude, if it fits 64 unsigned bits. */
static bool literal_u64(const AstConstant *c, uint64_t *out)
{
    uint64_t v = 0;
    for (const char *p = c->v.i.digits; *p; p++) {
        int d = *p >= '0' && *p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)c->v.i.base) return false;
        v = v * (uint64_t)c->v.i.base + (uint64_t)d;
    }
    *out = v;
    return true;
}

static ValueId lower_constant(Lower *L, const AstExpr *e)
{
    const AstConstant *c = &e->v.Constant;
    AT(e);
    switch (c->kind) {
    case AST_CONST_None: return ir_const_none(&L->b);
    case AST_CONST_True: return ir_const_bool(&L->b, true);
    case AST_CONST_False: return ir_const_bool(&L->b, false);
    case AST_CONST_Int:
        if (c->v.i.overflows_i64) return unsupported(L, e->loc, "integer literal exceeds 64 bits");
        return ir_const_int(&L->b, c->v.i.value);
    case AST_CONST_Float: return ir_const_float(&L->b, c->v.f);
    case AST_CONST_Str:
        /* a lone surrogate (a backslash-u escape of D800..DFFF) is a str in
         * Python but no Rust string can hold it; the lexer keeps it as the
         * 3-byte form ED A0..BF xx */
        for (size_t i = 0; i + 1 < c->v.s.len; i++)
            if ((unsigned char)c->v.s.data[i] == 0xED && ((unsigned char)c->v.s.data[i + 1] & 0xE0) == 0xA0)
                return unsupported(L, e->loc, "lone surrogate in a string literal");
        return ir_const_str(&L->b, c->v.s.data, c->v.s.len);
    case AST_CONST_Complex: return unsupported(L, e->loc, "complex number");
    case AST_CONST_Bytes: return unsupported(L, e->loc, "bytes literal");
    case AST_CONST_Ellipsis: return unsupported(L, e->loc, "Ellipsis");
    default: return unsupported(L, e->loc, "constant");
    }
}

/* ---- names ---------------------------------------------------------------- */

static ValueId global_load(Lower *L, uint32_t gi, SrcLoc loc)
{
    LGlobal *g = &L->globals.data[gi];
    if (!g->typed) {             /* read before any store typed it: inferred */
        g->typed = true;
        g->type = ir_type(IR_TYPE_UNKNOWN);
        g->type_loc = loc;
        ir_global(L->m, g->id)->type = g->type;
    }
    if (g->type.id == IR_TYPE_OBJECT) return lv_poison();
    L->b.loc = loc;
    return ir_global_get(&L->b, g->id);
}

ValueId lower_name_load(Lower *L, const AstExpr *e)
{
    const char *name = e->v.Name.id;
    uint32_t vi = lower_var_find(L, name);
    if (vi != IR_NONE_ID) {
        if (L->vars.data[vi].global != IR_NONE_ID) return global_load(L, L->vars.data[vi].global, e->loc);
        return ssa_read(L, vi, e->loc);
    }
    uint32_t gi = lower_smap_get(&L->global_map, name);
    if (gi != IR_NONE_ID) return global_load(L, gi, e->loc);
    uint32_t fi = lower_smap_get(&L->func_map, name);
    if (fi != IR_NONE_ID) {      /* key=rank */
        AT(e);
        return ir_emit(&L->b, IR_PY_FUNC_REF, L->funcs.data[fi].id.id, NULL, 0, ir_type(IR_TYPE_UNKNOWN));
    }
    if (lower_is_generic_builtin(name)) return lower_generic(L, IR_PY_BUILTIN_REF, name, NULL, 0, e->loc);
    if (lower_is_builtin(name)) {
        lower_error(L, e->loc, "unsupported: builtin '%s' used as a value", name);
        return lv_poison();
    }
    lower_error(L, e->loc, "name '%s' is not defined", name);
    return lv_poison();
}

/* ---- arithmetic -------------------------------------------------------------- */

static bool is_neg_int_literal(const AstExpr *e)
{
    return e && e->kind == AST_EXPR_UnaryOp && e->v.UnaryOp.op == AST_UNARY_USub &&
           e->v.UnaryOp.operand->kind == AST_EXPR_Constant &&
           e->v.UnaryOp.operand->v.Constant.kind == AST_CONST_Int &&
           (e->v.UnaryOp.operand->v.Constant.v.i.overflows_i64 ||
            e->v.UnaryOp.operand->v.Constant.v.i.value > 0);
}

static ValueId bad_operands(Lower *L, SrcLoc loc, AstOperator op, TypeId a, TypeId b)
{
    lower_error(L, loc, "unsupported operand type(s) for %s: '%s' and '%s'", ast_operator_text(op),
                lower_pyname(L, a), lower_pyname(L, b));
    return lv_poison();
}

/* ---- operands of inferred type (`?`): the generic py.* ops ----------------------- */

IrBinop lower_binop_of(AstOperator op)
{
    switch (op) {
    case AST_OP_Add: return IR_BINOP_ADD;
    case AST_OP_Sub: return IR_BINOP_SUB;
    case AST_OP_Mult: return IR_BINOP_MUL;
    case AST_OP_Div: return IR_BINOP_TRUEDIV;
    case AST_OP_FloorDiv: return IR_BINOP_FLOORDIV;
    case AST_OP_Mod: return IR_BINOP_MOD;
    case AST_OP_Pow: return IR_BINOP_POW;
    case AST_OP_LShift: return IR_BINOP_LSHIFT;
    case AST_OP_RShift: return IR_BINOP_RSHIFT;
    case AST_OP_BitAnd: return IR_BINOP_BITAND;
    case AST_OP_BitOr: return IR_BINOP_BITOR;
    case AST_OP_BitXor: return IR_BINOP_BITXOR;
    default: return IR_BINOP_COUNT;      /* @ (matmul) */
    }
}

/* a op b dispatched at run time: py.binop, typed by specialize where it can. */
static ValueId generic_arith(Lower *L, AstOperator op, ValueId a, ValueId b, SrcLoc loc)
{
    IrBinop bop = lower_binop_of(op);
    if (bop == IR_BINOP_COUNT) return bad_operands(L, loc, op, ty(L, a), ty(L, b));
    L->b.loc = loc;
    return ir_py_op(&L->b, IR_PY_BINOP, bop, a, b);
}

/* a op b for one comparison link where a or b is `?`: py.cmp. */
static ValueId untyped_compare(Lower *L, IrPred p, ValueId a, ValueId b, SrcLoc loc)
{
    L->b.loc = loc;
    return ir_py_op(&L->b, IR_PY_CMP, p, a, b);
}

/* The type of a join of a value of type t with one of type u: `?` unless
 * they are equal (typeinfer joins them, to object if need be). */
static TypeId join_type(TypeId t, TypeId u)
{
    return t.id == u.id ? t : ir_type(IR_TYPE_UNKNOWN);
}

/* a op b with CPython's dispatch on the static types.  right is the right
 * operand's node (for `**` with a constant negative exponent), or NULL. */
static ValueId arith(Lower *L, AstOperator op, ValueId a, ValueId b, const AstExpr *right, SrcLoc loc)
{
    if (lv_bad(a) || lv_bad(b)) return lv_poison();
    TypeId ta = ty(L, a), tb = ty(L, b);
    if (lower_unknown(ta) || lower_unknown(tb)) return generic_arith(L, op, a, b, loc);
    L->b.loc = loc;
    if (!lower_is_num(ta) || !lower_is_num(tb)) {
        if (op == AST_OP_Add && ta.id == IR_TYPE_STR && tb.id == IR_TYPE_STR)
            return ir_binop(&L->b, IR_STR_CONCAT, a, b);
        bool sa = ta.id == IR_TYPE_STR, tua = ir_type_kind(L->m, ta) == TY_TUPLE;
        bool tub = ir_type_kind(L->m, tb) == TY_TUPLE;
        /* what only the runtime implements: str * int, '%' formatting,
         * tuple + tuple, tuple * int */
        if ((op == AST_OP_Mult && ((sa && lower_is_num(tb) && tb.id != IR_TYPE_FLOAT) ||
                                   (tb.id == IR_TYPE_STR && lower_is_num(ta) && ta.id != IR_TYPE_FLOAT))) ||
            (op == AST_OP_Mod && sa) || (op == AST_OP_Add && tua && tub) ||
            (op == AST_OP_Mult && ((tua && lower_is_num(tb) && tb.id != IR_TYPE_FLOAT) ||
                                   (tub && lower_is_num(ta) && ta.id != IR_TYPE_FLOAT))))
            return generic_arith(L, op, a, b, loc);
        return bad_operands(L, loc, op, ta, tb);
    }
    bool flt = ta.id == IR_TYPE_FLOAT || tb.id == IR_TYPE_FLOAT;
    IrOp iop = IR_OP_COUNT, fop = IR_OP_COUNT;
    switch (op) {
    case AST_OP_Add: iop = IR_INT_ADD; fop = IR_FLOAT_ADD; break;
    case AST_OP_Sub: iop = IR_INT_SUB; fop = IR_FLOAT_SUB; break;
    case AST_OP_Mult: iop = IR_INT_MUL; fop = IR_FLOAT_MUL; break;
    case AST_OP_Div: iop = IR_INT_TRUEDIV; fop = IR_FLOAT_DIV; break;
    case AST_OP_FloorDiv: iop = IR_INT_FLOORDIV; fop = IR_FLOAT_FLOORDIV; break;
    case AST_OP_Mod: iop = IR_INT_MOD; fop = IR_FLOAT_MOD; break;
    case AST_OP_Pow:
        iop = IR_INT_POW;
        fop = IR_FLOAT_POW;
        if (is_neg_int_literal(right)) flt = true;   /* 2 ** -1 == 0.5 */
        break;
    case AST_OP_LShift: iop = IR_INT_SHL; break;
    case AST_OP_RShift: iop = IR_INT_SHR; break;
    case AST_OP_BitAnd: iop = IR_INT_AND; break;
    case AST_OP_BitOr: iop = IR_INT_OR; break;
    case AST_OP_BitXor: iop = IR_INT_XOR; break;
    default: return bad_operands(L, loc, op, ta, tb);
    }
    if (flt) {
        if (fop == IR_OP_COUNT) return bad_operands(L, loc, op, ta, tb);
        a = lower_to_float(L, a);
        b = lower_to_float(L, b);
        L->b.loc = loc;
        return ir_binop(&L->b, fop, a, b);
    }
    bool both_bool = ta.id == IR_TYPE_BOOL && tb.id == IR_TYPE_BOOL;
    a = lower_to_int(L, a);
    b = lower_to_int(L, b);
    L->b.loc = loc;
    ValueId r = ir_binop(&L->b, iop, a, b);
    /* bool & bool, |, ^ stay bool in Python */
    if (both_bool && (op == AST_OP_BitAnd || op == AST_OP_BitOr || op == AST_OP_BitXor))
        r = ir_unop(&L->b, IR_TRUTH, r);
    return r;
}

static ValueId lower_binop(Lower *L, const AstExpr *e)
{
    ValueId a = lower_expr(L, e->v.BinOp.left);
    ValueId b = lower_expr(L, e->v.BinOp.right);
    return arith(L, e->v.BinOp.op, a, b, e->v.BinOp.right, e->loc);
}

ValueId lower_arith(Lower *L, AstOperator op, ValueId a, ValueId b, const AstExpr *right, SrcLoc loc)
{
    return arith(L, op, a, b, right, loc);
}

ValueId lower_truth(Lower *L, ValueId v, SrcLoc loc)
{
    if (lv_bad(v)) return v;
    TypeId t = ty(L, v);
    if (t.id == IR_TYPE_BOOL) return v;
    L->b.loc = loc;
    /* a tuple's length is in its type: only () is false */
    if (ir_type_kind(L->m, t) == TY_TUPLE) return ir_const_bool(&L->b, ir_type_nparams(L->m, t) != 0);
    if (lower_unknown(t) || !lower_printable(L, t)) return ir_py_op(&L->b, IR_PY_TRUTH, 0, v, v);
    return ir_unop(&L->b, IR_TRUTH, v);
}

ValueId lower_not(Lower *L, ValueId truth)
{
    if (lv_bad(truth)) return truth;
    if (lower_unknown(ty(L, truth)))                 /* not x == (bool(x) == False) */
        return ir_py_op(&L->b, IR_PY_CMP, IR_PRED_EQ, truth, ir_const_bool(&L->b, false));
    return ir_unop(&L->b, IR_BOOL_NOT, truth);
}

static ValueId lower_unary(Lower *L, const AstExpr *e)
{
    const AstExpr *x = e->v.UnaryOp.operand;
    AstUnaryOp op = e->v.UnaryOp.op;
    /* -literal is a negative constant (range(10, 0, -3) then has a constant
     * step).  A literal is at most INT64_MAX unless it overflows_i64, so its
     * negation is exact; of the overflowing ones only 2**63 negates into
     * 64 bits, the rest are rejected by lower_constant. */
    if (op == AST_UNARY_USub && x->kind == AST_EXPR_Constant) {
        const AstConstant *c = &x->v.Constant;
        uint64_t mag;
        if (c->kind == AST_CONST_Int && !c->v.i.overflows_i64) {
            AT(e);
            return ir_const_int(&L->b, -c->v.i.value);
        }
        if (c->kind == AST_CONST_Int && literal_u64(c, &mag) && mag == (uint64_t)1 << 63) {
            AT(e);
            return ir_const_int(&L->b, INT64_MIN);
        }
        if (c->kind == AST_CONST_Float) {
            AT(e);
            return ir_const_float(&L->b, -c->v.f);
        }
    }
    ValueId v = lower_expr(L, x);
    if (lv_bad(v)) return v;
    TypeId t = ty(L, v);
    if (op == AST_UNARY_Not) {
        ValueId b = lower_truth(L, v, e->loc);
        AT(e);
        return lower_not(L, b);
    }
    if (lower_unknown(t)) {
        AT(e);
        IrUnop u = op == AST_UNARY_USub ? IR_UNOP_NEG : op == AST_UNARY_UAdd ? IR_UNOP_POS : IR_UNOP_INVERT;
        return ir_py_op(&L->b, IR_PY_UNOP, u, v, v);
    }
    if (!lower_is_num(t) || (op == AST_UNARY_Invert && t.id == IR_TYPE_FLOAT)) {
        lower_error(L, e->loc, "bad operand type for unary %s: '%s'", ast_unaryop_text(op), lower_pyname(L, t));
        return lv_poison();
    }
    AT(e);
    v = lower_to_int(L, v);
    t = ty(L, v);
    if (op == AST_UNARY_UAdd) return v;
    if (op == AST_UNARY_Invert) return ir_unop(&L->b, IR_INT_INVERT, v);
    return ir_unop(&L->b, t.id == IR_TYPE_FLOAT ? IR_FLOAT_NEG : IR_INT_NEG, v);
}

/* ---- comparisons ---------------------------------------------------------------- */

static IrPred pred_of(AstCmpOp op)
{
    switch (op) {
    case AST_CMP_Eq: return IR_PRED_EQ;
    case AST_CMP_NotEq: return IR_PRED_NE;
    case AST_CMP_Lt: return IR_PRED_LT;
    case AST_CMP_LtE: return IR_PRED_LE;
    case AST_CMP_Gt: return IR_PRED_GT;
    case AST_CMP_GtE: return IR_PRED_GE;
    case AST_CMP_Is: return IR_PRED_IS;
    default: return IR_PRED_IS_NOT;
    }
}

static IrPred flip(IrPred p)
{
    switch (p) {
    case IR_PRED_LT: return IR_PRED_GT;
    case IR_PRED_LE: return IR_PRED_GE;
    case IR_PRED_GT: return IR_PRED_LT;
    case IR_PRED_GE: return IR_PRED_LE;
    default: return p;
    }
}

/* a op b for one link of a (possibly chained) comparison. */
static ValueId compare(Lower *L, AstCmpOp op, ValueId a, ValueId b, SrcLoc loc)
{
    if (lv_bad(a) || lv_bad(b)) return lv_poison();
    TypeId ta = ty(L, a), tb = ty(L, b);
    L->b.loc = loc;
    if (op == AST_CMP_In || op == AST_CMP_NotIn) {
        ValueId args[2] = {b, a};                    /* the container first */
        ValueId r = lower_generic(L, IR_PY_CONTAINS, NULL, args, 2, loc);
        return op == AST_CMP_In ? r : lower_not(L, r);
    }
    IrPred p = pred_of(op);
    if (lower_unknown(ta) || lower_unknown(tb)) return untyped_compare(L, p, a, b, loc);
    bool an = ta.id == IR_TYPE_NONE, bn = tb.id == IR_TYPE_NONE;
    if (op == AST_CMP_Is || op == AST_CMP_IsNot) {
        if (an && bn) return ir_cmp(&L->b, IR_NONE_CMP, p, a, b);
        if (an || bn) return ir_const_bool(&L->b, op == AST_CMP_IsNot);
        return untyped_compare(L, p, a, b, loc);    /* identity: the runtime decides */
    }
    bool eq = p == IR_PRED_EQ || p == IR_PRED_NE;
    if (lower_is_num(ta) && lower_is_num(tb)) {
        if (ta.id == IR_TYPE_BOOL && tb.id == IR_TYPE_BOOL) return ir_cmp(&L->b, IR_BOOL_CMP, p, a, b);
        a = lower_to_int(L, a);
        b = lower_to_int(L, b);
        L->b.loc = loc;
        ta = ty(L, a);
        tb = ty(L, b);
        if (ta.id == IR_TYPE_INT && tb.id == IR_TYPE_INT) return ir_cmp(&L->b, IR_INT_CMP, p, a, b);
        if (ta.id == IR_TYPE_FLOAT && tb.id == IR_TYPE_FLOAT) return ir_cmp(&L->b, IR_FLOAT_CMP, p, a, b);
        if (ta.id == IR_TYPE_INT) return ir_cmp(&L->b, IR_INT_FLOAT_CMP, p, a, b);
        return ir_cmp(&L->b, IR_INT_FLOAT_CMP, flip(p), b, a);
    }
    if (ta.id == IR_TYPE_STR && tb.id == IR_TYPE_STR) return ir_cmp(&L->b, IR_STR_CMP, p, a, b);
    if (an && bn && eq) return ir_cmp(&L->b, IR_NONE_CMP, p, a, b);
    if (ir_type_kind(L->m, ta) == TY_TUPLE && ir_type_kind(L->m, tb) == TY_TUPLE)
        return untyped_compare(L, p, a, b, loc);     /* element-wise, at run time */
    if (eq && lower_printable(L, ta) && lower_printable(L, tb) &&
        ir_type_kind(L->m, ta) != TY_TUPLE && ir_type_kind(L->m, tb) != TY_TUPLE)
        return ir_const_bool(&L->b, p == IR_PRED_NE);   /* unrelated types are unequal */
    if (eq) return untyped_compare(L, p, a, b, loc);
    lower_error(L, loc, "'%s' not supported between instances of '%s' and '%s'", ast_cmpop_text(op),
                lower_pyname(L, ta), lower_pyname(L, tb));
    return lv_poison();
}

/* left op1 c1 op2 c2 ... as a value: each middle operand evaluated once,
 * the chain stops at the first false link. */
static ValueId lower_compare(Lower *L, const AstExpr *e)
{
    const AstCompare *c = &e->v.Compare;
    ValueId a = lower_expr(L, c->left);
    if (c->ops.len == 1) {
        ValueId b = lower_expr(L, c->comparators.items[0]);
        return compare(L, c->ops.items[0], a, b, e->loc);
    }
    uint32_t join = ssa_block_new(L);
    bool bad = false;
    for (uint32_t i = 0; i < c->ops.len; i++) {
        ValueId b = lower_expr(L, c->comparators.items[i]);
        ValueId r = compare(L, c->ops.items[i], a, b, e->loc);
        if (lv_bad(r)) {
            bad = true;
            r = (ValueId){0};
        }
        AT(e);
        if (i + 1 == c->ops.len) {
            ssa_goto(L, join, &r, 1);
        } else {
            uint32_t next = ssa_block_new(L);
            ssa_condbr_args(L, r, next, NULL, 0, join, &r, 1);
            ssa_start(L, next, true);
        }
        a = b;
    }
    ValueId res = ssa_block_param(L, join, ir_type(IR_TYPE_BOOL), (StrId){IR_NONE_ID});
    ssa_start(L, join, true);
    return bad ? lv_poison() : res;
}

/* The truth of a literal, when e is one. */
static bool const_truth(const AstExpr *e, bool *out)
{
    if (e->kind != AST_EXPR_Constant) return false;
    const AstConstant *c = &e->v.Constant;
    switch (c->kind) {
    case AST_CONST_True: *out = true; return true;
    case AST_CONST_False: case AST_CONST_None: *out = false; return true;
    case AST_CONST_Int: *out = c->v.i.overflows_i64 || c->v.i.value != 0; return true;
    case AST_CONST_Float: *out = c->v.f != 0.0; return true;
    case AST_CONST_Str: *out = c->v.s.len != 0; return true;
    default: return false;
    }
}

/* ---- short-circuit values --------------------------------------------------------- */

/* v1 or v2 or ...: the first truthy operand, else the last; `and` dually. */
static ValueId lower_boolop(Lower *L, const AstExpr *e)
{
    const AstExprList *vs = &e->v.BoolOp.values;
    bool is_or = e->v.BoolOp.op == AST_BOOL_Or;
    uint32_t join = ssa_block_new(L);
    TypeId t = {IR_NONE_ID};
    bool bad = false;
    for (uint32_t i = 0; i < vs->len; i++) {
        bool k, last = i + 1 == vs->len;
        if (!last && const_truth(vs->items[i], &k)) {
            if (k != is_or) continue;      /* True and x, False or x: x decides */
            last = true;                   /* True or x, False and x: the literal */
        }
        ValueId v = lower_expr(L, vs->items[i]);
        if (!ssa_live(L)) break;
        if (lv_bad(v)) {
            bad = true;
            v = (ValueId){0};
        } else {
            t = ir_valid(t.id) ? join_type(t, ty(L, v)) : ty(L, v);
        }
        if (last) {
            AT(e);
            ssa_goto(L, join, &v, 1);
            break;
        }
        ValueId c = bad ? v : lower_truth(L, v, vs->items[i]->loc);
        if (lv_bad(c)) {
            bad = true;
            c = v;
        }
        AT(e);
        uint32_t next = ssa_block_new(L);
        if (is_or)
            ssa_condbr_args(L, c, join, &v, 1, next, NULL, 0);
        else
            ssa_condbr_args(L, c, next, NULL, 0, join, &v, 1);
        ssa_start(L, next, true);
    }
    if (!ir_valid(t.id)) t = ir_type(IR_TYPE_BOOL);
    ValueId res = ssa_block_param(L, join, t, (StrId){IR_NONE_ID});
    ssa_start(L, join, true);
    return bad ? lv_poison() : res;
}

/* body if test else orelse */
static ValueId lower_ifexp(Lower *L, const AstExpr *e)
{
    Label t = label_new(), f = label_new();
    lower_cond(L, e->v.IfExp.test, &t, &f);
    uint32_t join = ssa_block_new(L);
    const AstExpr *arms[2] = {e->v.IfExp.body, e->v.IfExp.orelse};
    Label *labels[2] = {&t, &f};
    TypeId ty0 = {IR_NONE_ID};
    bool bad = false;
    for (int k = 0; k < 2; k++) {
        ssa_bind(L, labels[k]);
        if (!ssa_live(L)) continue;
        ValueId v = lower_expr(L, arms[k]);
        if (!ssa_live(L)) continue;
        if (lv_bad(v)) {
            bad = true;
            v = (ValueId){0};
        } else {
            ty0 = ir_valid(ty0.id) ? join_type(ty0, ty(L, v)) : ty(L, v);
        }
        AT(e);
        ssa_goto(L, join, &v, 1);
    }
    if (!ir_valid(ty0.id)) ty0 = ir_type(IR_TYPE_BOOL);
    ValueId res = ssa_block_param(L, join, ty0, (StrId){IR_NONE_ID});
    ssa_bind(L, &(Label){join});
    return bad || !ssa_live(L) ? lv_poison() : res;
}

/* ---- conditions: branch on an expression's truth without building a value ---- */

void lower_cond(Lower *L, const AstExpr *e, Label *t, Label *f)
{
    if (!ssa_live(L)) return;
    if (!lower_depth_enter(L, e->loc)) {
        ssa_branch(L, lv_poison(), t, f);
        return;
    }
    bool k;
    if (const_truth(e, &k)) {
        ssa_jump(L, k ? t : f);
    } else if (e->kind == AST_EXPR_UnaryOp && e->v.UnaryOp.op == AST_UNARY_Not) {
        lower_cond(L, e->v.UnaryOp.operand, f, t);
    } else if (e->kind == AST_EXPR_BoolOp) {
        const AstExprList *vs = &e->v.BoolOp.values;
        bool is_or = e->v.BoolOp.op == AST_BOOL_Or;
        for (uint32_t i = 0; i + 1 < vs->len; i++) {
            Label next = label_new();
            if (is_or)
                lower_cond(L, vs->items[i], t, &next);
            else
                lower_cond(L, vs->items[i], &next, f);
            ssa_bind(L, &next);
        }
        lower_cond(L, vs->items[vs->len - 1], t, f);
    } else if (e->kind == AST_EXPR_Compare && e->v.Compare.ops.len > 1) {
        const AstCompare *c = &e->v.Compare;
        ValueId a = lower_expr(L, c->left);
        for (uint32_t i = 0; i < c->ops.len && ssa_live(L); i++) {
            ValueId b = lower_expr(L, c->comparators.items[i]);
            ValueId r = compare(L, c->ops.items[i], a, b, e->loc);
            AT(e);
            if (i + 1 == c->ops.len) {
                ssa_branch(L, r, t, f);
            } else {
                Label next = label_new();
                ssa_branch(L, r, &next, f);
                ssa_bind(L, &next);
            }
            a = b;
        }
    } else {
        ValueId v = lower_expr(L, e);
        ValueId c = lower_truth(L, v, e->loc);
        AT(e);
        ssa_branch(L, c, t, f);
    }
    lower_depth_leave(L);
}

/* ---- tuples ----------------------------------------------------------------------- */

static ValueId lower_tuple(Lower *L, const AstExpr *e)
{
    const AstExprList *el = &e->v.Seq.elts;
    VEC(ValueId) vs = {0};
    bool bad = false;
    for (uint32_t i = 0; i < el->len; i++)
        if (el->items[i]->kind == AST_EXPR_Starred) return lower_starred_tuple(L, e);
    for (uint32_t i = 0; i < el->len; i++) {
        ValueId v = lower_expr(L, el->items[i]);
        if (lv_bad(v)) bad = true;
        vec_push(&vs, v);
    }
    ValueId r = lv_poison();
    if (!bad && ssa_live(L)) {
        AT(e);
        r = ir_tuple_new(&L->b, vs.data, vs.len);
    }
    vec_free(&vs);
    return r;
}

bool lower_int_literal(const AstExpr *e, int64_t *out)
{
    bool neg = false;
    if (e->kind == AST_EXPR_UnaryOp && e->v.UnaryOp.op == AST_UNARY_USub) {
        neg = true;
        e = e->v.UnaryOp.operand;
    }
    if (e->kind != AST_EXPR_Constant || e->v.Constant.kind != AST_CONST_Int ||
        e->v.Constant.v.i.overflows_i64)
        return false;
    *out = neg ? -e->v.Constant.v.i.value : e->v.Constant.v.i.value;
    return true;
}

/* ---- dispatch ------------------------------------------------------------------- */

static ValueId expr_inner(Lower *L, const AstExpr *e)
{
    switch (e->kind) {
    case AST_EXPR_Constant: return lower_constant(L, e);
    case AST_EXPR_Name: return lower_name_load(L, e);
    case AST_EXPR_BinOp: return lower_binop(L, e);
    case AST_EXPR_UnaryOp: return lower_unary(L, e);
    case AST_EXPR_Compare: return lower_compare(L, e);
    case AST_EXPR_BoolOp: return lower_boolop(L, e);
    case AST_EXPR_IfExp: return lower_ifexp(L, e);
    case AST_EXPR_Call: return lower_call(L, e, true);
    case AST_EXPR_Tuple: return lower_tuple(L, e);
    case AST_EXPR_Subscript: return lower_subscript(L, e);
    case AST_EXPR_NamedExpr: return unsupported(L, e->loc, "assignment expression (:=)");
    case AST_EXPR_Lambda: return lower_lambda(L, e);
    case AST_EXPR_Dict: return lower_dict_display(L, e);
    case AST_EXPR_Set: return lower_set_display(L, e);
    case AST_EXPR_List: return lower_list_display(L, e);
    case AST_EXPR_ListComp: case AST_EXPR_SetComp: case AST_EXPR_DictComp:
        return lower_comprehension(L, e);
    case AST_EXPR_GeneratorExp:
        return unsupported(L, e->loc, "generator expression here (generators arrive in a later tier)");
    case AST_EXPR_Await: return unsupported(L, e->loc, "await expression");
    case AST_EXPR_Yield: return unsupported(L, e->loc, "yield expression");
    case AST_EXPR_YieldFrom: return unsupported(L, e->loc, "yield from expression");
    case AST_EXPR_JoinedStr: return lower_fstring(L, e);
    case AST_EXPR_FormattedValue: return unsupported(L, e->loc, "f-string field");
    case AST_EXPR_Attribute: return lower_attribute(L, e);
    case AST_EXPR_Starred: return unsupported(L, e->loc, "starred expression");
    case AST_EXPR_Slice: return unsupported(L, e->loc, "slicing");
    default: return unsupported(L, e->loc, "expression");
    }
}

ValueId lower_expr(Lower *L, const AstExpr *e)
{
    if (!ssa_live(L)) return lv_poison();
    if (!lower_depth_enter(L, e->loc)) return lv_poison();
    ValueId v = expr_inner(L, e);
    lower_depth_leave(L);
    return v;
}
