/* types.c — hash-consed types and the typing rules of every opcode.
 * Invariant: a type is interned once, so TypeId equality is type equality;
 * IrModule.type_params holds each compound type's parameters contiguously. */
#include "ir/ir_impl.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *text; int nparams; } kinds[] = {
#define X(kind, text, nparams) {text, nparams},
    IR_TYPE_KINDS(X)
#undef X
};

typedef struct TypeKey {
    const IrModule *m;
    TypeKind kind;
    const TypeId *params;
    uint32_t n;
} TypeKey;

static bool type_eq(const void *ctx, uint32_t id)
{
    const TypeKey *k = ctx;
    const IrTypeInfo *t = &k->m->types.data[id];
    if (t->kind != k->kind || t->nparams != k->n) return false;
    for (uint32_t i = 0; i < k->n; i++)
        if (k->m->type_params.data[t->params + i].id != k->params[i].id) return false;
    return true;
}

static uint32_t type_hash(TypeKind kind, const TypeId *params, uint32_t n)
{
    uint32_t h = irx_hash(&kind, sizeof kind, n);
    return n ? irx_hash(params, sizeof *params * n, h) : h;
}

uint32_t ir_type_find(const IrModule *m, TypeKind kind, const TypeId *params, uint32_t nparams)
{
    TypeKey key = {m, kind, params, nparams};
    return irx_index_find(m->type_index, type_hash(kind, params, nparams), type_eq, &key);
}

TypeId ir_type_get(IrModule *m, TypeKind kind, const TypeId *params, uint32_t nparams)
{
    uint32_t id = ir_type_find(m, kind, params, nparams);
    if (id != IR_NONE_ID) return (TypeId){id};
    IrTypeInfo info = {.kind = (uint8_t)kind, .nparams = nparams, .params = m->type_params.len};
    for (uint32_t i = 0; i < nparams; i++) vec_push(&m->type_params, params[i]);
    id = m->types.len;
    vec_push(&m->types, info);
    irx_index_insert(m->type_index, type_hash(kind, params, nparams), id);
    return (TypeId){id};
}

TypeId ir_type_list(IrModule *m, TypeId elem) { return ir_type_get(m, TY_LIST, &elem, 1); }
TypeId ir_type_vec(IrModule *m, TypeId elem) { return ir_type_get(m, TY_VEC, &elem, 1); }
bool ir_type_is_list(const IrModule *m, TypeId t)
{
    TypeKind k = ir_type_kind(m, t);
    return k == TY_LIST || k == TY_VEC;
}
TypeId ir_type_map(IrModule *m, TypeId key, TypeId value)
{
    TypeId kv[2] = {key, value};
    return ir_type_get(m, TY_MAP, kv, 2);
}
bool ir_type_is_dict(const IrModule *m, TypeId t)
{
    TypeKind k = ir_type_kind(m, t);
    return k == TY_DICT || k == TY_MAP;
}
bool ir_type_is_ownable(const IrModule *m, TypeId t) { return ir_type_is_list(m, t) || ir_type_is_dict(m, t); }
bool ir_type_is_owned(const IrModule *m, TypeId t)
{
    TypeKind k = ir_type_kind(m, t);
    return k == TY_VEC || k == TY_MAP;
}
TypeId ir_type_iter(IrModule *m, TypeId elem) { return ir_type_get(m, TY_ITER, &elem, 1); }

TypeId ir_type_tuple(IrModule *m, const TypeId *elems, uint32_t n)
{
    return ir_type_get(m, TY_TUPLE, elems, n);
}

TypeId ir_type_func(IrModule *m, const TypeId *params, uint32_t nparams, TypeId ret)
{
    VEC(TypeId) all = {0};
    vec_reserve(&all, nparams + 1);
    for (uint32_t i = 0; i < nparams; i++) vec_push(&all, params[i]);
    vec_push(&all, ret);
    TypeId t = ir_type_get(m, TY_FUNC, all.data, all.len);
    vec_free(&all);
    return t;
}

static bool type_ok(const IrModule *m, TypeId t) { return t.id < m->types.len; }

TypeKind ir_type_kind(const IrModule *m, TypeId t)
{
    return type_ok(m, t) ? (TypeKind)m->types.data[t.id].kind : TY_KIND_COUNT;
}

uint32_t ir_type_nparams(const IrModule *m, TypeId t)
{
    return type_ok(m, t) ? m->types.data[t.id].nparams : 0;
}

TypeId ir_type_param(const IrModule *m, TypeId t, uint32_t i)
{
    if (!type_ok(m, t) || i >= m->types.data[t.id].nparams) return (TypeId){IR_NONE_ID};
    return m->type_params.data[m->types.data[t.id].params + i];
}

TypeId ir_func_ret_type(const IrModule *m, TypeId fn_type)
{
    uint32_t n = ir_type_nparams(m, fn_type);
    if (ir_type_kind(m, fn_type) != TY_FUNC || n == 0) return (TypeId){IR_NONE_ID};
    return ir_type_param(m, fn_type, n - 1);
}

/* Grammar: type := NAME | NAME '[' type (',' type)* ']' | 'tuple[]'
 *                | 'tuple[' type ',...]' | 'fn(' [type (',' type)*] ')->' type */
void ir_type_print(const IrModule *m, TypeId t, StrBuf *out)
{
    if (!type_ok(m, t)) {
        sb_puts(out, "<bad type>");
        return;
    }
    const IrTypeInfo *info = &m->types.data[t.id];
    uint32_t n = info->nparams;
    if (info->kind == TY_FUNC) {
        sb_puts(out, "fn(");
        for (uint32_t i = 0; i + 1 < n; i++) {
            if (i) sb_putc(out, ',');
            ir_type_print(m, m->type_params.data[info->params + i], out);
        }
        sb_puts(out, ")->");
        ir_type_print(m, ir_func_ret_type(m, t), out);
        return;
    }
    sb_puts(out, kinds[info->kind].text);
    if (n == 0 && info->kind != TY_TUPLE) return;
    sb_putc(out, '[');
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_putc(out, ',');
        ir_type_print(m, m->type_params.data[info->params + i], out);
    }
    sb_puts(out, info->kind == TY_VARTUPLE ? ",...]" : "]");
}

bool ir_type_has_unknown(const IrModule *m, TypeId t)
{
    if (t.id == IR_TYPE_UNKNOWN) return true;
    for (uint32_t i = 0, n = ir_type_nparams(m, t); i < n; i++)
        if (ir_type_has_unknown(m, ir_type_param(m, t, i))) return true;
    return false;
}

uint64_t irx_imm_limit(const IrModule *m, ImmKind kind)
{
    switch (kind) {
    case IMM_INT: return m->ints.len;
    case IMM_FLOAT: return m->floats.len;
    case IMM_BOOL: return 2;
    case IMM_STR: return m->strs.len;
    case IMM_PRED: return IR_PRED_COUNT;
    case IMM_BINOP: return IR_BINOP_COUNT;
    case IMM_UNOP: return IR_UNOP_COUNT;
    case IMM_BUILTIN: return IR_BI_COUNT;
    case IMM_FUNC: return m->funcs.len;
    case IMM_GLOBAL: return m->globals.len;
    case IMM_NONE: return 1;
    case IMM_INDEX: break;
    }
    return UINT64_MAX;
}

bool irx_init_kind(TypeId t, ImmKind *kind)
{
    switch (t.id) {
    case IR_TYPE_INT: *kind = IMM_INT; return true;
    case IR_TYPE_FLOAT: *kind = IMM_FLOAT; return true;
    case IR_TYPE_BOOL: *kind = IMM_BOOL; return true;
    case IR_TYPE_STR: *kind = IMM_STR; return true;
    case IR_TYPE_NONE: *kind = IMM_NONE; return true;
    default: return false;
    }
}

/* ---- typing rules ----------------------------------------------------------- */

static bool all_are(const TypeId *ts, uint32_t n, uint32_t want)
{
    for (uint32_t i = 0; i < n; i++)
        if (ts[i].id != want) return false;
    return true;
}

/* A value of type have may flow into a slot of type want: equal types, or a
 * `?` on either side (untyped IR; ir_verify rejects every `?` anyway). */
static bool flows(uint32_t have, uint32_t want)
{
    return have == want || have == IR_TYPE_UNKNOWN || want == IR_TYPE_UNKNOWN;
}

static bool is_none_like(const IrModule *m, TypeId t)
{
    return t.id == IR_TYPE_NONE || ir_type_kind(m, t) == TY_OPTIONAL;
}

/* A type that interning would give, created only when allowed. */
static uint32_t make(IrModule *m, bool create, TypeKind kind, const TypeId *params, uint32_t n)
{
    return create ? ir_type_get(m, kind, params, n).id : ir_type_find(m, kind, params, n);
}

/* Builtins are typed loosely (the lowering picks them per operand type);
 * only shapes no backend could implement are rejected here. */
static uint32_t builtin_result(const IrModule *m, IrBuiltin bi, const TypeId *a, uint32_t n)
{
    if (bi >= IR_BI_COUNT || (int)n < ir_builtin_min_args(bi) || (int)n > ir_builtin_max_args(bi))
        return IR_NONE_ID;
    bool numeric = all_are(a, n, IR_TYPE_INT) || all_are(a, n, IR_TYPE_FLOAT);
    switch (bi) {
    case IR_BI_ABS: return numeric || a[0].id == IR_TYPE_BOOL ? IR_TYPE_ANY : IR_NONE_ID;
    case IR_BI_DIVMOD:
    case IR_BI_POW: return numeric ? IR_TYPE_ANY : IR_NONE_ID;
    case IR_BI_HEX:
    case IR_BI_BIN:
    case IR_BI_OCT:
    case IR_BI_CHR: return a[0].id == IR_TYPE_INT ? IR_TYPE_ANY : IR_NONE_ID;
    case IR_BI_ORD: return a[0].id == IR_TYPE_STR ? IR_TYPE_ANY : IR_NONE_ID;
    case IR_BI_MIN:
    case IR_BI_MAX:
        for (uint32_t i = 1; i < n; i++)
            if (a[i].id != a[0].id) return IR_NONE_ID;
        return IR_TYPE_ANY;
    case IR_BI_ROUND:
        if (n == 2 && a[1].id != IR_TYPE_INT) return IR_NONE_ID;
        return a[0].id == IR_TYPE_INT || a[0].id == IR_TYPE_FLOAT ? IR_TYPE_ANY : IR_NONE_ID;
    default: return type_ok(m, a[0]) ? IR_TYPE_ANY : IR_NONE_ID;
    }
}

/* Orderings on every comparable type; identity (is, is not) only on None
 * and on operands of any type (py.cmp). */
static bool pred_ok(IrOp op, uint64_t pred)
{
    if (op == IR_PY_CMP) return pred < IR_PRED_COUNT;
    if (op == IR_NONE_CMP)
        return pred == IR_PRED_EQ || pred == IR_PRED_NE || pred == IR_PRED_IS ||
               pred == IR_PRED_IS_NOT;
    return pred < IR_PRED_IS;
}

uint32_t irx_op_result(IrModule *m, IrOp op, uint64_t imm, const TypeId *a, uint32_t n,
                       bool create)
{
    if (op >= IR_OP_COUNT) return IR_NONE_ID;
    int want = ir_op_nargs(op);
    bool term = ir_op_flags(op) & IR_TERM;
    if (!term && want != IR_VARIADIC && (uint32_t)want != n) return IR_NONE_ID;
    for (uint32_t i = 0; i < n; i++)
        if (!type_ok(m, a[i])) return IR_NONE_ID;
    if (ir_op_imm(op) == IMM_PRED && !pred_ok(op, imm)) return IR_NONE_ID;

    switch (op) {
    case IR_CONST_INT: return imm < m->ints.len ? IR_TYPE_INT : IR_NONE_ID;
    case IR_CONST_FLOAT: return imm < m->floats.len ? IR_TYPE_FLOAT : IR_NONE_ID;
    case IR_CONST_BOOL: return imm <= 1 ? IR_TYPE_BOOL : IR_NONE_ID;
    case IR_CONST_STR: return imm < m->strs.len ? IR_TYPE_STR : IR_NONE_ID;
    case IR_CONST_NONE: return IR_TYPE_NONE;

    case IR_INT_ADD: case IR_INT_SUB: case IR_INT_MUL: case IR_INT_FLOORDIV:
    case IR_INT_MOD: case IR_INT_POW: case IR_INT_AND: case IR_INT_OR:
    case IR_INT_XOR: case IR_INT_SHL: case IR_INT_SHR:
    case IR_INT_NEG: case IR_INT_INVERT: case IR_INT_ABS:
        return all_are(a, n, IR_TYPE_INT) ? IR_TYPE_INT : IR_NONE_ID;
    case IR_INT_TRUEDIV: return all_are(a, n, IR_TYPE_INT) ? IR_TYPE_FLOAT : IR_NONE_ID;
    case IR_INT_CMP: return all_are(a, n, IR_TYPE_INT) ? IR_TYPE_BOOL : IR_NONE_ID;

    case IR_FLOAT_ADD: case IR_FLOAT_SUB: case IR_FLOAT_MUL: case IR_FLOAT_DIV:
    case IR_FLOAT_FLOORDIV: case IR_FLOAT_MOD: case IR_FLOAT_POW:
    case IR_FLOAT_NEG: case IR_FLOAT_ABS:
        return all_are(a, n, IR_TYPE_FLOAT) ? IR_TYPE_FLOAT : IR_NONE_ID;
    case IR_FLOAT_CMP: return all_are(a, n, IR_TYPE_FLOAT) ? IR_TYPE_BOOL : IR_NONE_ID;

    case IR_BOOL_NOT:
    case IR_BOOL_CMP: return all_are(a, n, IR_TYPE_BOOL) ? IR_TYPE_BOOL : IR_NONE_ID;
    case IR_STR_CMP: return all_are(a, n, IR_TYPE_STR) ? IR_TYPE_BOOL : IR_NONE_ID;
    case IR_INT_FLOAT_CMP:
        return a[0].id == IR_TYPE_INT && a[1].id == IR_TYPE_FLOAT ? IR_TYPE_BOOL : IR_NONE_ID;
    case IR_STR_CONCAT: return all_are(a, n, IR_TYPE_STR) ? IR_TYPE_STR : IR_NONE_ID;
    case IR_NONE_CMP:
        return is_none_like(m, a[0]) && is_none_like(m, a[1]) ? IR_TYPE_BOOL : IR_NONE_ID;

    /* Generic ops declare their result: `?` until specialize gives the
     * final type (ir_generic_result). */
    case IR_PY_BINOP: case IR_PY_UNOP: case IR_PY_CMP: case IR_PY_TRUTH:
    case IR_PY_INPLACE: case IR_PY_CONTAINS: case IR_PY_LIST: case IR_PY_DICT:
    case IR_PY_SET: case IR_PY_SLICE: case IR_PY_GETITEM: case IR_PY_SETITEM:
    case IR_PY_DELITEM: case IR_PY_ITER: case IR_PY_UNPACK: case IR_PY_UNPACK_EX:
    case IR_PY_METHOD: case IR_PY_BUILTIN: case IR_PY_BUILTIN_REF: case IR_PY_GETATTR:
    case IR_PY_CALLV: case IR_PY_FORMAT:
        return op == IR_PY_DICT && n % 2 ? IR_NONE_ID : IR_TYPE_ANY;
    case IR_PY_FUNC_REF: return imm < m->funcs.len ? IR_TYPE_ANY : IR_NONE_ID;

    case IR_OBJ_BOX: return a[0].id != IR_TYPE_OBJECT ? IR_TYPE_OBJECT : IR_NONE_ID;
    case IR_OBJ_UNBOX: return a[0].id == IR_TYPE_OBJECT ? IR_TYPE_ANY : IR_NONE_ID;
    case IR_STR_BUILD: return all_are(a, n, IR_TYPE_STR) ? IR_TYPE_STR : IR_NONE_ID;

    case IR_BOOL_TO_INT: return a[0].id == IR_TYPE_BOOL ? IR_TYPE_INT : IR_NONE_ID;
    case IR_INT_TO_FLOAT: return a[0].id == IR_TYPE_INT ? IR_TYPE_FLOAT : IR_NONE_ID;
    case IR_FLOAT_TO_INT: return a[0].id == IR_TYPE_FLOAT ? IR_TYPE_INT : IR_NONE_ID;
    case IR_TRUTH: return IR_TYPE_BOOL;
    case IR_TO_STR:
    case IR_TO_REPR: return IR_TYPE_STR;

    case IR_TUPLE_NEW: return make(m, create, TY_TUPLE, a, n);
    case IR_TUPLE_GET:
        return ir_type_kind(m, a[0]) == TY_TUPLE && imm < ir_type_nparams(m, a[0])
                   ? ir_type_param(m, a[0], (uint32_t)imm).id : IR_NONE_ID;

    case IR_RANGE_NEW: return all_are(a, n, IR_TYPE_INT) ? IR_TYPE_RANGE : IR_NONE_ID;
    case IR_ITER_NEW: {
        TypeId elem = {IR_TYPE_INT};
        if (ir_type_kind(m, a[0]) == TY_TUPLE) {
            uint32_t k = ir_type_nparams(m, a[0]);
            if (k == 0) return IR_NONE_ID;
            elem = ir_type_param(m, a[0], 0);
            for (uint32_t i = 1; i < k; i++)
                if (ir_type_param(m, a[0], i).id != elem.id) return IR_NONE_ID;
        } else if (a[0].id == IR_TYPE_STR) {
            elem.id = IR_TYPE_STR;           /* its code points, one-character strs */
        } else if (a[0].id != IR_TYPE_RANGE) {
            return IR_NONE_ID;
        }
        return make(m, create, TY_ITER, &elem, 1);
    }

    case IR_BUILTIN: return builtin_result(m, (IrBuiltin)imm, a, n);
    case IR_CALL: {
        if (imm >= m->funcs.len) return IR_NONE_ID;
        TypeId ft = m->funcs.data[imm].type;
        if (ir_type_kind(m, ft) != TY_FUNC || ir_type_nparams(m, ft) != n + 1) return IR_NONE_ID;
        for (uint32_t i = 0; i < n; i++)
            if (!flows(a[i].id, ir_type_param(m, ft, i).id)) return IR_NONE_ID;
        return ir_func_ret_type(m, ft).id;
    }
    case IR_GLOBAL_GET: return imm < m->globals.len ? m->globals.data[imm].type.id : IR_NONE_ID;
    case IR_GLOBAL_SET:
        return imm < m->globals.len && flows(a[0].id, m->globals.data[imm].type.id) ? IR_TYPE_NONE
                                                                                     : IR_NONE_ID;
    case IR_ANNOT_CHECK: return IR_TYPE_NONE;     /* the index is the verifier's to check */
    case IR_PRINT:
        return n >= 2 && flows(a[n - 2].id, IR_TYPE_STR) && flows(a[n - 1].id, IR_TYPE_STR)
                   ? IR_TYPE_NONE : IR_NONE_ID;

    /* Terminators: a holds only the ir_term_operand, if any. */
    case IR_BR:
    case IR_UNREACHABLE: return n == 0 ? IR_TYPE_NONE : IR_NONE_ID;
    case IR_CONDBR: return n == 1 && flows(a[0].id, IR_TYPE_BOOL) ? IR_TYPE_NONE : IR_NONE_ID;
    case IR_ITER_NEXT:
        if (n == 1 && a[0].id == IR_TYPE_UNKNOWN) return IR_TYPE_UNKNOWN;   /* py.iter's, before inference */
        return n == 1 && ir_type_kind(m, a[0]) == TY_ITER ? ir_type_param(m, a[0], 0).id
                                                          : IR_NONE_ID;
    case IR_RET: return n == 1 ? a[0].id : IR_NONE_ID;
    case IR_OP_COUNT: break;
    }
    return IR_NONE_ID;
}

uint32_t ir_generic_result(IrModule *m, IrOp op, uint64_t imm)
{
    switch (op) {
    case IR_PY_CMP: case IR_PY_TRUTH: case IR_PY_CONTAINS: return IR_TYPE_BOOL;
    case IR_PY_FORMAT: return IR_TYPE_STR;
    case IR_PY_SETITEM: case IR_PY_DELITEM: return IR_TYPE_NONE;
    case IR_PY_ITER: {
        TypeId obj = {IR_TYPE_OBJECT};
        return ir_type_iter(m, obj).id;
    }
    case IR_PY_UNPACK: case IR_PY_UNPACK_EX: {
        uint32_t n = op == IR_PY_UNPACK ? (uint32_t)imm : (uint32_t)(imm >> 16) + 1 + (uint32_t)(imm & 0xffff);
        TypeId *elems = xmalloc(sizeof *elems * (n ? n : 1));
        for (uint32_t i = 0; i < n; i++) elems[i].id = IR_TYPE_OBJECT;
        uint32_t t = ir_type_tuple(m, elems, n).id;
        free(elems);
        return t;
    }
    default: return IR_TYPE_OBJECT;
    }
}

uint32_t ir_op_result(const IrModule *m, IrOp op, uint64_t imm, const TypeId *arg_types,
                      uint32_t nargs)
{
    /* With create == false nothing is written: the cast only shares code. */
    return irx_op_result((IrModule *)m, op, imm, arg_types, nargs, false);
}
