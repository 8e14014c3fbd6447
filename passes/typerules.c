/* typerules.c — the result-type rules of the generic py.* ops, over lattice
 * values (a TypeId, PASS_TYPE_BOTTOM, or object): what typeinfer joins and
 * what specialize unboxes to.  A rule answers object whenever the result
 * is not one static type (a container, or an operation CPython would
 * reject with TypeError, which the runtime then raises). */
#include "passes/typerules.h"

#define BOT PASS_TYPE_BOTTOM

static bool numeric(uint32_t t) { return t == IR_TYPE_BOOL || t == IR_TYPE_INT || t == IR_TYPE_FLOAT; }
static bool int_like(uint32_t t) { return t == IR_TYPE_INT || t == IR_TYPE_BOOL; }

uint32_t rule_binop(IrBinop op, uint32_t a, uint32_t b)
{
    if (a == BOT || b == BOT) return BOT;
    if (numeric(a) && numeric(b)) {
        bool fl = a == IR_TYPE_FLOAT || b == IR_TYPE_FLOAT;
        switch (op) {
        case IR_BINOP_ADD: case IR_BINOP_SUB: case IR_BINOP_MUL:
        case IR_BINOP_FLOORDIV: case IR_BINOP_MOD: case IR_BINOP_POW:
            return fl ? IR_TYPE_FLOAT : IR_TYPE_INT;
        case IR_BINOP_TRUEDIV: return IR_TYPE_FLOAT;
        case IR_BINOP_LSHIFT: case IR_BINOP_RSHIFT: return fl ? IR_TYPE_OBJECT : IR_TYPE_INT;
        case IR_BINOP_BITAND: case IR_BINOP_BITOR: case IR_BINOP_BITXOR:
            return fl ? IR_TYPE_OBJECT : a == IR_TYPE_BOOL && b == IR_TYPE_BOOL ? IR_TYPE_BOOL : IR_TYPE_INT;
        case IR_BINOP_COUNT: break;
        }
        return IR_TYPE_OBJECT;
    }
    if (op == IR_BINOP_ADD && a == IR_TYPE_STR && b == IR_TYPE_STR) return IR_TYPE_STR;
    if (op == IR_BINOP_MOD && a == IR_TYPE_STR) return IR_TYPE_STR;     /* printf-style, by the runtime */
    if (op == IR_BINOP_MUL && ((a == IR_TYPE_STR && int_like(b)) || (int_like(a) && b == IR_TYPE_STR)))
        return IR_TYPE_STR;
    return IR_TYPE_OBJECT;
}

uint32_t rule_unop(IrUnop op, uint32_t a)
{
    if (a == BOT) return BOT;
    if (int_like(a)) return IR_TYPE_INT;
    if (a == IR_TYPE_FLOAT && op != IR_UNOP_INVERT) return IR_TYPE_FLOAT;
    return IR_TYPE_OBJECT;
}

uint32_t rule_str_method(const char *name, size_t n)
{
    static const char *const to_str[] = {
        "upper", "lower", "casefold", "swapcase", "title", "capitalize", "strip", "lstrip", "rstrip",
        "replace", "center", "ljust", "rjust", "zfill", "join", "format", "expandtabs", NULL };
    static const char *const to_int[] = { "find", "rfind", "index", "rindex", "count", NULL };
    static const char *const to_bool[] = {
        "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
        "isdecimal", "isnumeric", "istitle", "isidentifier", "isascii", "isprintable", NULL };
    if (ir_name_in(name, n, to_str)) return IR_TYPE_STR;
    if (ir_name_in(name, n, to_int)) return IR_TYPE_INT;
    if (ir_name_in(name, n, to_bool)) return IR_TYPE_BOOL;
    return IR_TYPE_OBJECT;
}

static bool all_of(const uint32_t *a, uint32_t n, uint32_t t)
{
    for (uint32_t i = 0; i < n; i++)
        if (a[i] != t) return false;
    return true;
}

uint32_t rule_builtin(IrModule *m, const char *imm, size_t len, const uint32_t *a, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (a[i] == BOT) return BOT;
    IrCallee c = ir_callee_parse(imm, len);
    const char *name = c.name;
    size_t k = c.name_len;
    static const char *const to_int[] = { "len", "ord", "int", "hash", NULL };
    static const char *const to_float[] = { "float", NULL };
    static const char *const to_bool[] = { "bool", "isinstance", "callable", "any", "all", NULL };
    static const char *const to_str[] = { "str", "repr", "chr", "hex", "oct", "bin", "format", "ascii", NULL };
    if (ir_name_in(name, k, to_int)) return IR_TYPE_INT;
    if (ir_name_in(name, k, to_float)) return IR_TYPE_FLOAT;
    if (ir_name_in(name, k, to_bool)) return IR_TYPE_BOOL;
    if (ir_name_in(name, k, to_str)) return IR_TYPE_STR;
    if (!ir_callee_plain(&c)) return IR_TYPE_OBJECT;
#define IS(s) ir_name_is(name, k, s)
    if (IS("abs") && n == 1) return rule_unop(IR_UNOP_NEG, a[0]);
    if (IS("round") && n == 1 && numeric(a[0])) return IR_TYPE_INT;
    if (IS("round") && n == 2 && int_like(a[1]) && numeric(a[0]))
        return a[0] == IR_TYPE_FLOAT ? IR_TYPE_FLOAT : IR_TYPE_INT;
    if ((IS("min") || IS("max")) && n >= 2 &&
        (all_of(a, n, IR_TYPE_INT) || all_of(a, n, IR_TYPE_FLOAT) || all_of(a, n, IR_TYPE_STR)))
        return a[0];
    if (IS("divmod") && n == 2 && numeric(a[0]) && numeric(a[1])) {
        TypeId t = {rule_binop(IR_BINOP_FLOORDIV, a[0], a[1])};
        TypeId pair[2] = {t, t};
        return ir_type_tuple(m, pair, 2).id;
    }
    if (IS("pow") && n == 2) return rule_binop(IR_BINOP_POW, a[0], a[1]);
    if (IS("range") && n >= 1 && n <= 3 && all_of(a, n, IR_TYPE_INT)) return IR_TYPE_RANGE;
#undef IS
    return IR_TYPE_OBJECT;
}

uint32_t rule_iter_item(IrModule *m, uint32_t a)
{
    if (a == BOT) return BOT;
    if (a == IR_TYPE_RANGE) return IR_TYPE_INT;
    if (a == IR_TYPE_STR) return IR_TYPE_STR;
    if (a == IR_TYPE_OBJECT || ir_type_kind(m, (TypeId){a}) != TY_TUPLE) return IR_TYPE_OBJECT;
    uint32_t n = ir_type_nparams(m, (TypeId){a});
    if (n == 0) return IR_TYPE_OBJECT;
    uint32_t e = ir_type_param(m, (TypeId){a}, 0).id;
    for (uint32_t i = 1; i < n; i++)
        if (ir_type_param(m, (TypeId){a}, i).id != e) return IR_TYPE_OBJECT;
    return e;
}

uint32_t rule_generic(IrModule *m, IrOp op, uint64_t imm, const uint32_t *a, uint32_t n)
{
    if (op == IR_PY_BUILTIN) {
        StrId s = {(uint32_t)imm};
        return rule_builtin(m, ir_str(m, s), ir_str_len(m, s), a, n);
    }
    for (uint32_t i = 0; i < n; i++)
        if (a[i] == BOT) return BOT;
    switch (op) {
    case IR_PY_BINOP:
    case IR_PY_INPLACE: return rule_binop((IrBinop)imm, a[0], a[1]);
    case IR_PY_UNOP: return rule_unop((IrUnop)imm, a[0]);
    case IR_PY_CMP: case IR_PY_TRUTH: case IR_PY_CONTAINS: return IR_TYPE_BOOL;
    case IR_PY_FORMAT: return IR_TYPE_STR;
    case IR_PY_ITER: {
        TypeId item = {rule_iter_item(m, a[0])};
        return ir_type_iter(m, item).id;
    }
    case IR_PY_UNPACK:
        if (a[0] != IR_TYPE_OBJECT && ir_type_kind(m, (TypeId){a[0]}) == TY_TUPLE &&
            ir_type_nparams(m, (TypeId){a[0]}) == imm)
            return a[0];
        return ir_generic_result(m, op, imm);
    case IR_PY_UNPACK_EX: return ir_generic_result(m, op, imm);
    case IR_PY_GETITEM: return a[0] == IR_TYPE_STR ? IR_TYPE_STR : IR_TYPE_OBJECT;
    case IR_PY_METHOD:
        if (a[0] == IR_TYPE_STR) {
            StrId s = {(uint32_t)imm};
            IrCallee c = ir_callee_parse(ir_str(m, s), ir_str_len(m, s));
            return rule_str_method(c.name, c.name_len);
        }
        return IR_TYPE_OBJECT;
    default: return IR_TYPE_OBJECT;
    }
}
