/* lower_expr.c — expressions: literals, names, the numeric tower, chained
 * comparisons, short-circuit and/or, conditional expressions, tuples, calls
 * of module functions and of the supported builtins.
 * Every operation is chosen from the operands' static types exactly as
 * CPython would dispatch it at run time; a combination that would raise a
 * TypeError, or whose result type depends on values, is a compile error. */
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

/* CPython's name for a type in its TypeError messages. */
static const char *pyname(Lower *L, TypeId t)
{
    switch (ir_type_kind(L->m, t)) {
    case TY_NONE: return "NoneType";
    case TY_TUPLE: return "tuple";
    default: return lower_type_name(L, t);
    }
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
    if (!g->typed) {
        lower_error(L, loc, "unsupported: the type of global '%s' is not known here; "
                            "annotate it at module level", g->name);
        g->typed = true;     /* once */
        g->type = ir_type(IR_TYPE_OBJECT);
        return lv_poison();
    }
    if (g->type.id == IR_TYPE_OBJECT) return lv_poison();
    L->b.loc = loc;
    return ir_global_get(&L->b, g->id);
}

ValueId lower_name_load(Lower *L, const AstExpr *e)
{
    const char *name = e->v.Name.id;
    uint32_t vi = lower_smap_get(&L->var_map, name);
    if (vi != IR_NONE_ID) {
        if (L->vars.data[vi].global != IR_NONE_ID) return global_load(L, L->vars.data[vi].global, e->loc);
        return ssa_read(L, vi, e->loc);
    }
    uint32_t gi = lower_smap_get(&L->global_map, name);
    if (gi != IR_NONE_ID) return global_load(L, gi, e->loc);
    if (lower_smap_get(&L->func_map, name) != IR_NONE_ID) {
        lower_error(L, e->loc, "unsupported: function '%s' used as a value", name);
        return lv_poison();
    }
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
                pyname(L, a), pyname(L, b));
    return lv_poison();
}

/* ---- operands of inferred type (`?`): the generic py.* ops ----------------------- */

/* A `?` meets an operand of type t: fine for scalars (lower_scalar). */
static bool untyped_partner_ok(Lower *L, SrcLoc loc, const char *what, TypeId t)
{
    if (lower_scalar(t)) return true;
    lower_error(L, loc, "unsupported: %s of %s and a value of inferred type", what, lower_type_an(L, t));
    return false;
}

/* a op b where a or b is `?`: py.binop, typed by specialize. */
static ValueId untyped_arith(Lower *L, AstOperator op, ValueId a, ValueId b, const AstExpr *right, SrcLoc loc)
{
    TypeId ta = ty(L, a), tb = ty(L, b);
    const char *sym = ast_operator_text(op);
    const char *what = arena_sprintf(&L->arena, "'%s'", sym);
    if (!untyped_partner_ok(L, loc, what, lower_unknown(ta) ? tb : ta)) return lv_poison();
    IrBinop bop;
    switch (op) {
    case AST_OP_Add: bop = IR_BINOP_ADD; break;
    case AST_OP_Sub: bop = IR_BINOP_SUB; break;
    case AST_OP_Mult: bop = IR_BINOP_MUL; break;
    case AST_OP_Div: bop = IR_BINOP_TRUEDIV; break;
    case AST_OP_FloorDiv: bop = IR_BINOP_FLOORDIV; break;
    case AST_OP_Mod: bop = IR_BINOP_MOD; break;
    case AST_OP_Pow: bop = IR_BINOP_POW; break;
    case AST_OP_LShift: bop = IR_BINOP_LSHIFT; break;
    case AST_OP_RShift: bop = IR_BINOP_RSHIFT; break;
    case AST_OP_BitAnd: bop = IR_BINOP_BITAND; break;
    case AST_OP_BitOr: bop = IR_BINOP_BITOR; break;
    case AST_OP_BitXor: bop = IR_BINOP_BITXOR; break;
    default: return bad_operands(L, loc, op, ta, tb);
    }
    int64_t k;
    /* int ** int is a float when the exponent is negative: only a float or a
     * non-negative literal exponent keeps the result type static */
    if (op == AST_OP_Pow && tb.id != IR_TYPE_FLOAT && !(right && lower_int_literal(right, &k) && k >= 0))
        return unsupported(L, loc, "'**' on a value of inferred type with an exponent that may be a "
                                   "negative int");
    L->b.loc = loc;
    return ir_py_op(&L->b, IR_PY_BINOP, bop, a, b);
}

/* a op b for one comparison link where a or b is `?`: py.cmp. */
static ValueId untyped_compare(Lower *L, AstCmpOp op, IrPred p, ValueId a, ValueId b, SrcLoc loc)
{
    TypeId ta = ty(L, a), tb = ty(L, b);
    if (!untyped_partner_ok(L, loc, "comparison", lower_unknown(ta) ? tb : ta)) return lv_poison();
    if (op == AST_CMP_Is || op == AST_CMP_IsNot) {
        /* on scalars, x is None exactly when x == None */
        if (ta.id != IR_TYPE_NONE && tb.id != IR_TYPE_NONE) {
            lower_error(L, loc, "unsupported: '%s' comparison of a value of inferred type (identity is "
                                "only supported against None)", ast_cmpop_text(op));
            return lv_poison();
        }
        p = op == AST_CMP_Is ? IR_PRED_EQ : IR_PRED_NE;
    }
    L->b.loc = loc;
    return ir_py_op(&L->b, IR_PY_CMP, p, a, b);
}

/* The type of a join of a value of type t with one of type u, or
 * IR_NONE_ID when they cannot meet: equal types, or a `?` and a scalar. */
static TypeId join_type(TypeId t, TypeId u)
{
    if (t.id == u.id) return t;
    if ((lower_unknown(t) || lower_unknown(u)) && lower_scalar(t) && lower_scalar(u))
        return ir_type(IR_TYPE_UNKNOWN);
    return ir_type(IR_NONE_ID);
}

/* Builtins that take a `?` argument (the others are rejected). */
static bool builtin_args_typed(Lower *L, const AstExpr *e, const char *name, const ValueId *vs, uint32_t n)
{
    if (strcmp(name, "bool") == 0 || strcmp(name, "str") == 0 || strcmp(name, "repr") == 0 ||
        strcmp(name, "pow") == 0)
        return true;
    for (uint32_t i = 0; i < n; i++)
        if (!lv_bad(vs[i]) && lower_unknown(ty(L, vs[i]))) {
            lower_error(L, e->v.Call.args.items[i]->loc,
                        "unsupported: %s() of a value of inferred type (annotate where it comes from)", name);
            return false;
        }
    return true;
}

/* a op b with CPython's dispatch on the static types.  right is the right
 * operand's node (for `**` with a constant negative exponent), or NULL. */
static ValueId arith(Lower *L, AstOperator op, ValueId a, ValueId b, const AstExpr *right, SrcLoc loc)
{
    if (lv_bad(a) || lv_bad(b)) return lv_poison();
    TypeId ta = ty(L, a), tb = ty(L, b);
    if (lower_unknown(ta) || lower_unknown(tb)) return untyped_arith(L, op, a, b, right, loc);
    L->b.loc = loc;
    if (!lower_is_num(ta) || !lower_is_num(tb)) {
        if (op == AST_OP_Add && ta.id == IR_TYPE_STR && tb.id == IR_TYPE_STR)
            return ir_binop(&L->b, IR_STR_CONCAT, a, b);
        bool sa = ta.id == IR_TYPE_STR, tua = ir_type_kind(L->m, ta) == TY_TUPLE;
        bool tub = ir_type_kind(L->m, tb) == TY_TUPLE;
        if (op == AST_OP_Mult && ((sa && lower_is_num(tb) && tb.id != IR_TYPE_FLOAT) ||
                                  (tb.id == IR_TYPE_STR && lower_is_num(ta) && ta.id != IR_TYPE_FLOAT)))
            return unsupported(L, loc, "string repetition");
        if (op == AST_OP_Mod && sa) return unsupported(L, loc, "printf-style string formatting");
        if (op == AST_OP_Add && tua && tub) return unsupported(L, loc, "tuple concatenation");
        if (op == AST_OP_Mult && (tua || tub)) return unsupported(L, loc, "tuple repetition");
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

ValueId lower_augmented(Lower *L, AstOperator op, ValueId a, ValueId b, const AstExpr *right, SrcLoc loc)
{
    return arith(L, op, a, b, right, loc);
}

ValueId lower_truth(Lower *L, ValueId v, SrcLoc loc)
{
    if (lv_bad(v)) return v;
    TypeId t = ty(L, v);
    if (t.id == IR_TYPE_BOOL) return v;
    if (!lower_printable(L, t)) {
        lower_error(L, loc, "unsupported: truth value of %s", lower_type_an(L, t));
        return lv_poison();
    }
    L->b.loc = loc;
    if (lower_unknown(t)) return ir_py_op(&L->b, IR_PY_TRUTH, 0, v, v);
    /* a tuple's length is in its type: only () is false */
    if (ir_type_kind(L->m, t) == TY_TUPLE) return ir_const_bool(&L->b, ir_type_nparams(L->m, t) != 0);
    return ir_unop(&L->b, IR_TRUTH, v);
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
        if (lv_bad(b)) return b;
        AT(e);
        if (lower_unknown(ty(L, b)))                 /* not x == (bool(x) == False) */
            return ir_py_op(&L->b, IR_PY_CMP, IR_PRED_EQ, b, ir_const_bool(&L->b, false));
        return ir_unop(&L->b, IR_BOOL_NOT, b);
    }
    if (lower_unknown(t)) {
        AT(e);
        IrUnop u = op == AST_UNARY_USub ? IR_UNOP_NEG : op == AST_UNARY_UAdd ? IR_UNOP_POS : IR_UNOP_INVERT;
        return ir_py_op(&L->b, IR_PY_UNOP, u, v, v);
    }
    if (!lower_is_num(t) || (op == AST_UNARY_Invert && t.id == IR_TYPE_FLOAT)) {
        lower_error(L, e->loc, "bad operand type for unary %s: '%s'", ast_unaryop_text(op), pyname(L, t));
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
    if (op == AST_CMP_In || op == AST_CMP_NotIn)
        return unsupported(L, loc, op == AST_CMP_In ? "'in' operator" : "'not in' operator");
    IrPred p = pred_of(op);
    if (lower_unknown(ta) || lower_unknown(tb)) return untyped_compare(L, op, p, a, b, loc);
    bool an = ta.id == IR_TYPE_NONE, bn = tb.id == IR_TYPE_NONE;
    if (op == AST_CMP_Is || op == AST_CMP_IsNot) {
        if (an && bn) return ir_cmp(&L->b, IR_NONE_CMP, p, a, b);
        if (an || bn) return ir_const_bool(&L->b, op == AST_CMP_IsNot);
        lower_error(L, loc, "unsupported: '%s' comparison of %s and %s (identity is only "
                            "supported against None)", ast_cmpop_text(op), lower_type_an(L, ta),
                    lower_type_an(L, tb));
        return lv_poison();
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
        return unsupported(L, loc, "tuple comparison");
    if (eq && lower_printable(L, ta) && lower_printable(L, tb) &&
        ir_type_kind(L->m, ta) != TY_TUPLE && ir_type_kind(L->m, tb) != TY_TUPLE)
        return ir_const_bool(&L->b, p == IR_PRED_NE);   /* unrelated types are unequal */
    if (eq) return unsupported(L, loc, "comparison of these types");
    lower_error(L, loc, "'%s' not supported between instances of '%s' and '%s'", ast_cmpop_text(op),
                pyname(L, ta), pyname(L, tb));
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

static void union_error(Lower *L, SrcLoc loc, const char *what, TypeId a, TypeId b)
{
    lower_error(L, loc, "unsupported: %s may give %s or %s here", what, lower_type_an(L, a),
                lower_type_an(L, b));
}

/* v1 or v2 or ...: the first truthy operand, else the last; `and` dually. */
static ValueId lower_boolop(Lower *L, const AstExpr *e)
{
    const AstExprList *vs = &e->v.BoolOp.values;
    bool is_or = e->v.BoolOp.op == AST_BOOL_Or;
    const char *what = is_or ? "'or'" : "'and'";
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
        } else if (!ir_valid(t.id)) {
            t = ty(L, v);
        } else if (ty(L, v).id != t.id && !bad) {
            TypeId j = join_type(t, ty(L, v));
            if (ir_valid(j.id)) {
                t = j;
            } else {
                union_error(L, e->loc, what, t, ty(L, v));
                bad = true;
            }
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
        } else if (!ir_valid(ty0.id)) {
            ty0 = ty(L, v);
        } else if (ty(L, v).id != ty0.id && !bad) {
            TypeId j = join_type(ty0, ty(L, v));
            if (ir_valid(j.id)) {
                ty0 = j;
            } else {
                union_error(L, e->loc, "the conditional expression", ty0, ty(L, v));
                bad = true;
            }
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
    for (uint32_t i = 0; i < el->len; i++) {
        if (el->items[i]->kind == AST_EXPR_Starred) {
            unsupported(L, el->items[i]->loc, "starred expression in a tuple");
            bad = true;
            continue;
        }
        ValueId v = lower_expr(L, el->items[i]);
        if (lv_bad(v)) {
            bad = true;
        } else if (lower_unknown(ty(L, v))) {
            unsupported(L, el->items[i]->loc, "a tuple holding a value of inferred type");
            bad = true;
        }
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

static ValueId lower_subscript(Lower *L, const AstExpr *e)
{
    const AstExpr *sl = e->v.Subscript.slice;
    if (sl->kind == AST_EXPR_Slice) return unsupported(L, sl->loc, "slicing");
    ValueId v = lower_expr(L, e->v.Subscript.value);
    if (lv_bad(v)) return v;
    TypeId t = ty(L, v);
    if (ir_type_kind(L->m, t) != TY_TUPLE) {
        if (t.id == IR_TYPE_STR) return unsupported(L, e->loc, "string indexing");
        lower_error(L, e->loc, "unsupported: subscript of %s", lower_type_an(L, t));
        return lv_poison();
    }
    int64_t k;
    if (!lower_int_literal(sl, &k)) return unsupported(L, sl->loc, "tuple index that is not a constant");
    int64_t n = ir_type_nparams(L->m, t);
    if (k < 0) k += n;
    if (k < 0 || k >= n) {
        lower_error(L, sl->loc, "tuple index out of range");
        return lv_poison();
    }
    AT(e);
    return ir_tuple_get(&L->b, v, (uint32_t)k);
}

/* ---- calls ------------------------------------------------------------------------ */

typedef VEC(ValueId) ValVec;

static ValueId lower_print(Lower *L, const AstExpr *e, bool want)
{
    const AstCall *c = &e->v.Call;
    ValVec vs = {0};
    bool bad = false;
    for (uint32_t i = 0; i < c->args.len; i++) {
        ValueId v = lower_expr(L, c->args.items[i]);
        if (lv_bad(v)) {
            bad = true;
        } else if (!lower_printable(L, ty(L, v))) {
            lower_error(L, c->args.items[i]->loc, "unsupported: printing %s", lower_type_an(L, ty(L, v)));
            bad = true;
        }
        vec_push(&vs, v);
    }
    ValueId sep = {IR_NONE_ID}, end = {IR_NONE_ID};
    for (uint32_t i = 0; i < c->keywords.len; i++) {
        const AstKeyword *kw = c->keywords.items[i];
        ValueId *slot = strcmp(kw->arg, "sep") == 0 ? &sep : strcmp(kw->arg, "end") == 0 ? &end : NULL;
        if (!slot) {
            lower_error(L, kw->loc, "unsupported: print() keyword '%s'", kw->arg);
            bad = true;
            continue;
        }
        if (kw->value->kind == AST_EXPR_Constant && kw->value->v.Constant.kind == AST_CONST_None) continue;
        ValueId v = lower_expr(L, kw->value);
        if (lv_bad(v)) {
            bad = true;
        } else if (ty(L, v).id == IR_TYPE_NONE) {
            v = (ValueId){IR_NONE_ID};
        } else if (ty(L, v).id != IR_TYPE_STR && !lower_unknown(ty(L, v))) {   /* `?`: typeinfer checks */
            lower_error(L, kw->value->loc, "%s must be None or a string, not %s", kw->arg,
                        pyname(L, ty(L, v)));
            bad = true;
        }
        *slot = v;
    }
    ValueId r = lv_poison();
    if (!bad && ssa_live(L)) {
        AT(e);
        if (!ir_valid(sep.id)) sep = ir_const_str(&L->b, " ", 1);
        if (!ir_valid(end.id)) end = ir_const_str(&L->b, "\n", 1);
        ir_print(&L->b, vs.data, vs.len, sep, end);
        r = want ? ir_const_none(&L->b) : (ValueId){LV_UNDEF};
    }
    vec_free(&vs);
    return r;
}

static ValueId call_user(Lower *L, const AstExpr *e, LFunc *fn)
{
    const AstCall *c = &e->v.Call;
    uint32_t n = fn->nparams;
    ValueId *slots = arena_alloc(&L->arena, sizeof *slots * (n + 1));
    const AstExpr **nodes = arena_zalloc(&L->arena, sizeof *nodes * (n + 1));
    for (uint32_t i = 0; i < n; i++) slots[i] = (ValueId){IR_NONE_ID};
    bool bad = !fn->sig_ok;
    if (c->args.len > n) {
        lower_error(L, e->loc, "%s() takes %u positional argument%s but %u were given", fn->name, n,
                    n == 1 ? "" : "s", c->args.len);
        bad = true;
    }
    for (uint32_t i = 0; i < c->args.len; i++) {
        ValueId v = lower_expr(L, c->args.items[i]);
        if (lv_bad(v)) bad = true;
        if (i < n) {
            slots[i] = v;
            nodes[i] = c->args.items[i];
        }
    }
    for (uint32_t k = 0; k < c->keywords.len; k++) {
        const AstKeyword *kw = c->keywords.items[k];
        ValueId v = lower_expr(L, kw->value);
        if (lv_bad(v)) bad = true;
        uint32_t i = 0;
        while (i < n && strcmp(fn->param_names[i], kw->arg) != 0) i++;
        if (i == n) {
            lower_error(L, kw->loc, "%s() got an unexpected keyword argument '%s'", fn->name, kw->arg);
            bad = true;
        } else if (ir_valid(slots[i].id)) {
            lower_error(L, kw->loc, "%s() got multiple values for argument '%s'", fn->name, kw->arg);
            bad = true;
        } else {
            slots[i] = v;
            nodes[i] = kw->value;
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        if (!ir_valid(slots[i].id)) {
            if (c->args.len <= n) {
                lower_error(L, e->loc, "%s() missing required argument: '%s'", fn->name, fn->param_names[i]);
                bad = true;
            }
            continue;
        }
        if (lv_bad(slots[i]) || !fn->sig_ok) continue;
        TypeId got = ty(L, slots[i]), want = fn->param_types[i];
        if (lower_unknown(want) && !lower_scalar(got)) {
            lower_error(L, nodes[i]->loc, "unsupported: argument '%s' of %s() is %s, but the type of an "
                        "unannotated parameter is inferred only for None, bool, int, float and str",
                        fn->param_names[i], fn->name, lower_type_an(L, got));
            lower_note(L, fn->param_locs[i], "parameter '%s' is declared here", fn->param_names[i]);
            bad = true;
        } else if (got.id != want.id && !lower_unknown(got) && !lower_unknown(want)) {
            lower_error(L, nodes[i]->loc, "argument '%s' of %s() must be %s, not %s", fn->param_names[i],
                        fn->name, lower_type_name(L, want), lower_type_name(L, got));
            lower_note(L, fn->param_locs[i], "parameter '%s' is declared here", fn->param_names[i]);
            if (got.id == IR_TYPE_INT && want.id == IR_TYPE_FLOAT)
                lower_note(L, nodes[i]->loc, "CPython would pass the int unchanged; convert it "
                                             "with float() or write a float literal");
            bad = true;
        }
    }
    if (bad || !ssa_live(L)) return lv_poison();
    AT(e);
    return ir_call(&L->b, fn->id, slots, n);
}

static bool nargs_ok(Lower *L, const AstExpr *e, const char *name, uint32_t lo, uint32_t hi)
{
    const AstCall *c = &e->v.Call;
    if (c->keywords.len) {
        lower_error(L, c->keywords.items[0]->loc, "unsupported: keyword argument '%s' to %s()",
                    c->keywords.items[0]->arg, name);
        return false;
    }
    if (c->args.len < lo || c->args.len > hi) {
        if (lo == hi)
            lower_error(L, e->loc, "%s() takes exactly %u argument%s (%u given)", name, lo,
                        lo == 1 ? "" : "s", c->args.len);
        else
            lower_error(L, e->loc, "%s() takes from %u to %u arguments (%u given)", name, lo, hi,
                        c->args.len);
        return false;
    }
    return true;
}

/* Evaluates all arguments; false if any failed. */
static bool eval_args(Lower *L, const AstExpr *e, ValVec *out)
{
    bool ok = true;
    for (uint32_t i = 0; i < e->v.Call.args.len; i++) {
        ValueId v = lower_expr(L, e->v.Call.args.items[i]);
        if (lv_bad(v)) ok = false;
        vec_push(out, v);
    }
    return ok && ssa_live(L);
}

static ValueId not_integer(Lower *L, SrcLoc loc, TypeId t)
{
    lower_error(L, loc, "'%s' object cannot be interpreted as an integer", pyname(L, t));
    return lv_poison();
}

static bool is_intlike(TypeId t) { return t.id == IR_TYPE_INT || t.id == IR_TYPE_BOOL; }

static ValueId builtin_call(Lower *L, const AstExpr *e, const char *name, bool want)
{
    if (strcmp(name, "print") == 0) return lower_print(L, e, want);
    const AstExprList *args = &e->v.Call.args;
    ValVec vs = {0};
    ValueId r = lv_poison();
    SrcLoc loc = e->loc;
#define ARGS(lo, hi) if (!nargs_ok(L, e, name, lo, hi) || !eval_args(L, e, &vs) || \
                         !builtin_args_typed(L, e, name, vs.data, vs.len)) goto done
#define T(i) ty(L, vs.data[i])
    if (strcmp(name, "abs") == 0) {
        ARGS(1, 1);
        if (!lower_is_num(T(0))) {
            lower_error(L, loc, "bad operand type for abs(): '%s'", pyname(L, T(0)));
            goto done;
        }
        ValueId v = lower_to_int(L, vs.data[0]);
        L->b.loc = loc;
        r = ir_unop(&L->b, ty(L, v).id == IR_TYPE_FLOAT ? IR_FLOAT_ABS : IR_INT_ABS, v);
    } else if (strcmp(name, "min") == 0 || strcmp(name, "max") == 0) {
        if (e->v.Call.keywords.len) {
            lower_error(L, e->v.Call.keywords.items[0]->loc, "unsupported: %s() with keyword '%s'", name,
                        e->v.Call.keywords.items[0]->arg);
            goto done;
        }
        if (args->len == 1) {
            lower_error(L, loc, "unsupported: %s() of an iterable", name);
            goto done;
        }
        ARGS(2, 255);
        for (uint32_t i = 1; i < vs.len; i++)
            if (T(i).id != T(0).id) {
                union_error(L, loc, arena_sprintf(&L->arena, "%s()", name), T(0), T(i));
                goto done;
            }
        TypeId t = T(0);
        if (t.id != IR_TYPE_INT && t.id != IR_TYPE_FLOAT && t.id != IR_TYPE_STR && t.id != IR_TYPE_BOOL) {
            lower_error(L, loc, "unsupported: %s() of %s values", name, lower_type_name(L, t));
            goto done;
        }
        L->b.loc = loc;
        r = ir_builtin(&L->b, name[1] == 'i' ? IR_BI_MIN : IR_BI_MAX, vs.data, vs.len, t);
    } else if (strcmp(name, "round") == 0) {
        ARGS(1, 2);
        if (!lower_is_num(T(0))) {
            lower_error(L, loc, "type %s doesn't define __round__ method", pyname(L, T(0)));
            goto done;
        }
        if (vs.len == 2 && !is_intlike(T(1))) {
            not_integer(L, args->items[1]->loc, T(1));
            goto done;
        }
        for (uint32_t i = 0; i < vs.len; i++) vs.data[i] = lower_to_int(L, vs.data[i]);
        TypeId t = vs.len == 2 && T(0).id == IR_TYPE_FLOAT ? ir_type(IR_TYPE_FLOAT) : ir_type(IR_TYPE_INT);
        L->b.loc = loc;
        r = ir_builtin(&L->b, IR_BI_ROUND, vs.data, vs.len, t);
    } else if (strcmp(name, "divmod") == 0) {
        ARGS(2, 2);
        if (!lower_is_num(T(0)) || !lower_is_num(T(1))) {
            lower_error(L, loc, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        pyname(L, T(0)), pyname(L, T(1)));
            goto done;
        }
        bool flt = T(0).id == IR_TYPE_FLOAT || T(1).id == IR_TYPE_FLOAT;
        for (uint32_t i = 0; i < 2; i++)
            vs.data[i] = flt ? lower_to_float(L, vs.data[i]) : lower_to_int(L, vs.data[i]);
        TypeId el[2] = {T(0), T(0)};
        L->b.loc = loc;
        r = ir_builtin(&L->b, IR_BI_DIVMOD, vs.data, 2, ir_type_tuple(L->m, el, 2));
    } else if (strcmp(name, "hex") == 0 || strcmp(name, "bin") == 0 || strcmp(name, "oct") == 0) {
        ARGS(1, 1);
        if (!is_intlike(T(0))) {
            not_integer(L, args->items[0]->loc, T(0));
            goto done;
        }
        ValueId v = lower_to_int(L, vs.data[0]);
        L->b.loc = loc;
        IrBuiltin bi = name[0] == 'h' ? IR_BI_HEX : name[0] == 'b' ? IR_BI_BIN : IR_BI_OCT;
        r = ir_builtin(&L->b, bi, &v, 1, ir_type(IR_TYPE_STR));
    } else if (strcmp(name, "pow") == 0) {
        if (args->len == 3) {
            lower_error(L, loc, "unsupported: pow() with a modulus");
            goto done;
        }
        ARGS(2, 2);
        r = arith(L, AST_OP_Pow, vs.data[0], vs.data[1], args->items[1], loc);
    } else if (strcmp(name, "len") == 0) {
        ARGS(1, 1);
        L->b.loc = loc;
        if (T(0).id == IR_TYPE_STR)
            r = ir_builtin(&L->b, IR_BI_LEN, vs.data, 1, ir_type(IR_TYPE_INT));
        else if (ir_type_kind(L->m, T(0)) == TY_TUPLE)
            r = ir_const_int(&L->b, ir_type_nparams(L->m, T(0)));
        else
            lower_error(L, loc, "object of type '%s' has no len()", pyname(L, T(0)));
    } else if (strcmp(name, "float") == 0) {
        ARGS(0, 1);
        L->b.loc = loc;
        if (vs.len == 0)
            r = ir_const_float(&L->b, 0.0);
        else if (lower_is_num(T(0)))
            r = lower_to_float(L, vs.data[0]);
        else if (T(0).id == IR_TYPE_STR)
            unsupported(L, loc, "float() of a string");
        else
            lower_error(L, loc, "float() argument must be a string or a real number, not '%s'",
                        pyname(L, T(0)));
    } else if (strcmp(name, "int") == 0) {
        if (args->len == 2) {
            unsupported(L, loc, "int() with a base");
            goto done;
        }
        ARGS(0, 1);
        L->b.loc = loc;
        if (vs.len == 0)
            r = ir_const_int(&L->b, 0);
        else if (T(0).id == IR_TYPE_FLOAT)
            r = ir_unop(&L->b, IR_FLOAT_TO_INT, vs.data[0]);
        else if (is_intlike(T(0)))
            r = lower_to_int(L, vs.data[0]);
        else if (T(0).id == IR_TYPE_STR)
            unsupported(L, loc, "int() of a string");
        else
            lower_error(L, loc, "int() argument must be a string, a bytes-like object or a real "
                                "number, not '%s'", pyname(L, T(0)));
    } else if (strcmp(name, "bool") == 0) {
        ARGS(0, 1);
        L->b.loc = loc;
        r = vs.len == 0 ? ir_const_bool(&L->b, false) : lower_truth(L, vs.data[0], loc);
    } else if (strcmp(name, "str") == 0 || strcmp(name, "repr") == 0) {
        bool is_str = name[0] == 's';
        ARGS(is_str ? 0 : 1, 1);
        L->b.loc = loc;
        if (vs.len == 0)
            r = ir_const_str(&L->b, "", 0);
        else if (!lower_printable(L, T(0)))
            lower_error(L, loc, "unsupported: %s() of %s", name, lower_type_an(L, T(0)));
        else if (is_str && T(0).id == IR_TYPE_STR)
            r = vs.data[0];
        else
            r = ir_unop(&L->b, is_str ? IR_TO_STR : IR_TO_REPR, vs.data[0]);
    } else if (strcmp(name, "range") == 0) {
        ARGS(1, 3);
        for (uint32_t i = 0; i < vs.len; i++) {
            if (!is_intlike(T(i))) {
                not_integer(L, args->items[i]->loc, T(i));
                goto done;
            }
            vs.data[i] = lower_to_int(L, vs.data[i]);
        }
        L->b.loc = loc;
        ValueId start = vs.len > 1 ? vs.data[0] : ir_const_int(&L->b, 0);
        ValueId stop = vs.len > 1 ? vs.data[1] : vs.data[0];
        ValueId step = vs.len > 2 ? vs.data[2] : ir_const_int(&L->b, 1);
        r = ir_range_new(&L->b, start, stop, step);
    } else {
        lower_error(L, loc, "unsupported: builtin '%s'", name);
    }
#undef ARGS
#undef T
done:
    vec_free(&vs);
    return r;
}

static bool builtin_supported(const char *name)
{
    static const char *const names[] = {"print", "abs", "min", "max", "round", "divmod", "hex",
                                        "bin", "oct", "pow", "len", "float", "int", "bool",
                                        "str", "repr", "range"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

/* A call.  want: the caller uses the value (else print() builds no None). */
ValueId lower_call(Lower *L, const AstExpr *e, bool want)
{
    const AstCall *c = &e->v.Call;
    const AstExpr *fe = c->func;
    if (fe->kind == AST_EXPR_Attribute) {
        lower_error(L, e->loc, "unsupported: method call '.%s'", fe->v.Attribute.attr);
        return lv_poison();
    }
    if (fe->kind != AST_EXPR_Name) return unsupported(L, e->loc, "call of a computed function");
    for (uint32_t i = 0; i < c->args.len; i++)
        if (c->args.items[i]->kind == AST_EXPR_Starred)
            return unsupported(L, c->args.items[i]->loc, "star-args in a call");
    for (uint32_t i = 0; i < c->keywords.len; i++)
        if (!c->keywords.items[i]->arg)
            return unsupported(L, c->keywords.items[i]->loc, "**kwargs in a call");
    const char *name = fe->v.Name.id;
    if (lower_smap_get(&L->var_map, name) != IR_NONE_ID || lower_smap_get(&L->global_map, name) != IR_NONE_ID) {
        lower_error(L, e->loc, "unsupported: call of variable '%s'", name);
        return lv_poison();
    }
    uint32_t fi = lower_smap_get(&L->func_map, name);
    if (fi != IR_NONE_ID) return call_user(L, e, &L->funcs.data[fi]);
    if (builtin_supported(name)) return builtin_call(L, e, name, want);
    if (lower_is_builtin(name)) {
        lower_error(L, e->loc, "unsupported: builtin '%s'", name);
        return lv_poison();
    }
    lower_error(L, fe->loc, "name '%s' is not defined", name);
    return lv_poison();
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
    case AST_EXPR_Lambda: return unsupported(L, e->loc, "lambda");
    case AST_EXPR_Dict: return unsupported(L, e->loc, "dict display");
    case AST_EXPR_Set: return unsupported(L, e->loc, "set display");
    case AST_EXPR_List: return unsupported(L, e->loc, "list display");
    case AST_EXPR_ListComp: return unsupported(L, e->loc, "list comprehension");
    case AST_EXPR_SetComp: return unsupported(L, e->loc, "set comprehension");
    case AST_EXPR_DictComp: return unsupported(L, e->loc, "dict comprehension");
    case AST_EXPR_GeneratorExp: return unsupported(L, e->loc, "generator expression");
    case AST_EXPR_Await: return unsupported(L, e->loc, "await expression");
    case AST_EXPR_Yield: return unsupported(L, e->loc, "yield expression");
    case AST_EXPR_YieldFrom: return unsupported(L, e->loc, "yield from expression");
    case AST_EXPR_FormattedValue:
    case AST_EXPR_JoinedStr: return unsupported(L, e->loc, "f-string");
    case AST_EXPR_Attribute:
        lower_error(L, e->loc, "unsupported: attribute access '.%s'", e->v.Attribute.attr);
        return lv_poison();
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
