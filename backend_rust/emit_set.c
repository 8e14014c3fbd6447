/* emit_set.c — the Rust for typed sets: a set[T] (T int, str, bool or None)
 * is a shared `py::SetRef<T>` (prelude_set.rs, over prelude_map's Set, which
 * keeps CPython's table and so its order), and each generic py.* op that
 * specialize leaves on one (the shapes passes/sites.c accepts) becomes one
 * call into that runtime.  Sets and looked-up items go by reference (`&s`,
 * `&x`), added items by value.  A shape not listed here is reported, never
 * rendered as Rust that would not build. */
#include "backend_rust/rs_impl.h"

#include <string.h>

static TypeId vtype(RsFn *fn, uint32_t v) { return fn->f->values.data[v].type; }

static TypeKind kind_of(RsFn *fn, uint32_t v) { return ir_type_kind(fn->m, vtype(fn, v)); }

static bool is_set(RsFn *fn, uint32_t v) { return kind_of(fn, v) == TY_SET; }

static TypeId item_type(RsFn *fn, uint32_t s) { return ir_type_param(fn->m, vtype(fn, s), 0); }

static bool fits(RsFn *fn, uint32_t v, TypeId t) { return ir_type_eq(vtype(fn, v), t); }

static void by_value(RsFn *fn, StrBuf *out, uint32_t v) { rs_render_value(fn, out, v, RS_PREC_LOWEST, true); }

static void by_ref(RsFn *fn, StrBuf *out, uint32_t v)
{
    sb_putc(out, '&');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
}

/* `py::name(&s` then, per letter of args, `, ` and operand a[k]: 'r' an
 * item by reference, 'x' an item by value, 's' a set of s's type by
 * reference. */
static bool call(RsFn *fn, StrBuf *out, const char *name, const char *args, const uint32_t *a, uint32_t n)
{
    uint32_t s = a[0];
    if (strlen(args) != n - 1) return false;
    for (uint32_t k = 1; k < n; k++)
        if (!fits(fn, a[k], args[k - 1] == 's' ? vtype(fn, s) : item_type(fn, s))) return false;
    sb_printf(out, "py::%s(", name);
    by_ref(fn, out, s);
    for (uint32_t k = 1; k < n; k++) {
        sb_puts(out, ", ");
        if (args[k - 1] == 'x') rs_render_stored(fn, out, a[k]);
        else by_ref(fn, out, a[k]);
    }
    sb_putc(out, ')');
    return true;
}

/* Whether value v is what CPython's AST optimiser makes a constant: a
 * literal, or int arithmetic on such values (it folds unary and binary
 * operators on constants, not comparisons or calls); a box is looked
 * through.  Only int order depends on it: str hashes are randomised, and a
 * set holds one None and at most two bools, which never collide. */
static bool folded_constant(RsFn *fn, uint32_t v)
{
    const IrValue *val = &fn->f->values.data[v];
    if (val->def != VAL_INST) return false;
    InstId i = {val->owner};
    switch ((IrOp)fn->f->insts.data[i.id].op) {
    case IR_CONST_INT: case IR_CONST_BOOL: case IR_CONST_STR: case IR_CONST_NONE:
        return true;
    case IR_OBJ_BOX: case IR_INT_NEG: case IR_INT_INVERT: case IR_BOOL_NOT:
    case IR_INT_ADD: case IR_INT_SUB: case IR_INT_MUL: case IR_INT_FLOORDIV: case IR_INT_MOD: case IR_INT_POW:
    case IR_INT_AND: case IR_INT_OR: case IR_INT_XOR: case IR_INT_SHL: case IR_INT_SHR: {
        const uint32_t *a = ir_inst_args(fn->f, i);
        for (uint32_t k = 0, n = ir_inst_nargs(fn->f, i); k < n; k++)
            if (!folded_constant(fn, a[k])) return false;
        return true;
    }
    default:
        return false;
    }
}

bool rs_set_display_folded(RsFn *fn, const uint32_t *a, uint32_t n)
{
    if (n <= 2) return false;
    for (uint32_t k = 0; k < n; k++)
        if (!folded_constant(fn, a[k])) return false;
    return true;
}

/* `{a, b}` / `set()`: `py::set_new(vec![a, b])` (`py::set_constants` for a
 * display CPython folds); an empty one names its type. */
static bool render_literal(RsFn *fn, StrBuf *out, uint32_t v, const uint32_t *a, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (!fits(fn, a[k], item_type(fn, v))) return false;
    if (n == 0) {
        sb_puts(out, "py::set_new::<");
        rs_type_str(fn, item_type(fn, v), out, rs_value_loc(fn, v));
        sb_puts(out, ">(vec![])");
        return true;
    }
    sb_puts(out, rs_set_display_folded(fn, a, n) ? "py::set_constants(vec![" : "py::set_new(vec![");
    for (uint32_t k = 0; k < n; k++) {
        if (k) sb_puts(out, ", ");
        rs_render_stored(fn, out, a[k]);
    }
    sb_puts(out, "])");
    return true;
}

/* The items of typed list x, of type item, as an iterator: `py::list_iter(&xs)`
 * of a shared list, `xs.iter().cloned()` of an owned or lent one. */
static bool render_list_items(RsFn *fn, StrBuf *out, uint32_t x, TypeId item)
{
    TypeKind k = kind_of(fn, x);
    if ((k != TY_LIST && k != TY_VEC) || !ir_type_eq(ir_type_param(fn->m, vtype(fn, x), 0), item)) return false;
    if (k == TY_LIST) {
        sb_puts(out, "py::list_iter(");
        by_ref(fn, out, x);
        sb_putc(out, ')');
    } else {
        rs_render_value(fn, out, x, RS_PREC_POSTFIX, false);
        sb_puts(out, ".iter().cloned()");
    }
    return true;
}

/* set(x) of a list, str, range, dict or set whose items are the set's. */
static bool render_from(RsFn *fn, StrBuf *out, uint32_t v, uint32_t x)
{
    TypeId item = item_type(fn, v);
    switch (kind_of(fn, x)) {
    case TY_LIST:
    case TY_VEC:
        sb_puts(out, "py::set_from(");
        if (!render_list_items(fn, out, x, item)) return false;
        break;
    case TY_STR:
        if (ir_type_kind(fn->m, item) != TY_STR) return false;
        sb_puts(out, "py::set_from(py::str_chars(");
        by_ref(fn, out, x);
        sb_putc(out, ')');
        break;
    case TY_RANGE:
        if (ir_type_kind(fn->m, item) != TY_INT) return false;
        sb_puts(out, "py::set_from(");
        by_value(fn, out, x);
        break;
    case TY_DICT:
        if (!ir_type_eq(ir_type_param(fn->m, vtype(fn, x), 0), item)) return false;
        sb_puts(out, "py::set_from(py::dict_keys(");
        by_ref(fn, out, x);
        sb_putc(out, ')');
        break;
    case TY_MAP:                 /* an owned dict: its keys' iterator borrows it */
        if (!ir_type_eq(ir_type_param(fn->m, vtype(fn, x), 0), item)) return false;
        sb_puts(out, "py::set_from(");
        rs_render_value(fn, out, x, RS_PREC_POSTFIX, false);
        sb_puts(out, ".py_keys()");
        break;
    case TY_SET:
        if (!fits(fn, x, vtype(fn, v))) return false;
        sb_puts(out, "py::set_copy(");
        by_ref(fn, out, x);
        break;
    default: return false;
    }
    sb_putc(out, ')');
    return true;
}

static bool name_is(RsFn *fn, StrId name, const char *want)
{
    return ir_name_is(ir_str(fn->m, name), ir_str_len(fn->m, name), want);
}

/* The set methods: the method name, its operand letters (as call's), the runtime function. */
typedef struct SetCall { const char *name, *args, *rust; } SetCall;

static const SetCall set_methods[] = {
    { "add", "x", "set_add" },
    { "discard", "r", "set_discard" },
    { "remove", "r", "set_remove" },
    { "pop", "", "set_pop" },
    { "clear", "", "set_clear" },
    { "copy", "", "set_copy" },
    { "update", "s", "set_update" },
    { "issubset", "s", "set_le" },
    { "issuperset", "s", "set_ge" },
    { "isdisjoint", "s", "set_isdisjoint" },
    { "union", "s", "set_bitor" },
    { "intersection", "s", "set_bitand" },
    { "difference", "s", "set_sub" },
    { "symmetric_difference", "s", "set_bitxor" },
    { NULL, NULL, NULL },
};

static bool render_method(RsFn *fn, StrBuf *out, StrId name, const uint32_t *a, uint32_t n)
{
    if (!is_set(fn, a[0])) return false;
    if (n == 2 && name_is(fn, name, "update") && !is_set(fn, a[1])) {   /* s.update(xs) of a list */
        sb_puts(out, "py::set_update_from(");
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        if (!render_list_items(fn, out, a[1], item_type(fn, a[0]))) return false;
        sb_putc(out, ')');
        return true;
    }
    for (const SetCall *c = set_methods; c->name; c++)
        if (name_is(fn, name, c->name)) return call(fn, out, c->rust, c->args, a, n);
    return false;
}

/* sum(s), min(s), max(s): the prelude's reductions over the set's iterator. */
static bool render_reduce(RsFn *fn, StrBuf *out, const char *reduce, uint32_t s)
{
    if (!strcmp(reduce, "iter_sum_int") && ir_type_kind(fn->m, item_type(fn, s)) == TY_NONE)
        reduce = "iter_sum_none";                /* nothing was ever added: 0 */
    sb_printf(out, "py::%s(py::set_iter(", reduce);
    by_ref(fn, out, s);
    sb_puts(out, "))");
    return true;
}

/* set(...); len(s), str(s), repr(s), sum/min/max of s; sorted(s) and
 * list(s): a Vec<T>, in a py::List<T> when the list is shared. */
static bool render_builtin(RsFn *fn, StrBuf *out, uint32_t v, StrId name, const uint32_t *a, uint32_t n)
{
    if (is_set(fn, v) && name_is(fn, name, "set"))
        return n == 0 ? render_literal(fn, out, v, a, n) : n == 1 && render_from(fn, out, v, a[0]);
    if (n != 1 || !is_set(fn, a[0])) return false;
    if (name_is(fn, name, "len")) return call(fn, out, "set_len", "", a, n);
    if (name_is(fn, name, "str") || name_is(fn, name, "repr")) return call(fn, out, "set_str", "", a, n);
    if (name_is(fn, name, "sum")) return render_reduce(fn, out, "iter_sum_int", a[0]);
    if (name_is(fn, name, "min")) return render_reduce(fn, out, "iter_min", a[0]);
    if (name_is(fn, name, "max")) return render_reduce(fn, out, "iter_max", a[0]);
    bool sorted = name_is(fn, name, "sorted");
    if (!sorted && !name_is(fn, name, "list")) return false;
    TypeKind rk = kind_of(fn, v);
    if (rk != TY_LIST && rk != TY_VEC) return false;
    size_t at = out->len;
    call(fn, out, sorted ? "set_sorted" : "set_list", "", a, n);
    if (rk == TY_LIST) rs_wrap_from(out, at, "py::list(", ")");
    return true;
}

/* s OP t and s OP= t for - & | ^: `py::set_sub(&s, &t)`, `py::set_isub(&s, &t)`. */
static bool render_arith(RsFn *fn, StrBuf *out, IrBinop bop, bool inplace, const uint32_t *a)
{
    if (bop != IR_BINOP_SUB && bop != IR_BINOP_BITAND && bop != IR_BINOP_BITOR && bop != IR_BINOP_BITXOR)
        return false;
    const char *name = arena_sprintf(&fn->arena, "set_%s%s", inplace ? "i" : "", ir_binop_name(bop));
    return is_set(fn, a[0]) && call(fn, out, name, "s", a, 2);
}

static bool render_op(RsFn *fn, StrBuf *out, uint32_t v, IrOp op, uint64_t imm, const uint32_t *a, uint32_t n)
{
    switch (op) {
    case IR_PY_SET: return is_set(fn, v) && render_literal(fn, out, v, a, n);
    case IR_PY_CONTAINS: return is_set(fn, a[0]) && call(fn, out, "set_contains", "r", a, n);
    case IR_PY_ITER: return is_set(fn, a[0]) && call(fn, out, "set_iter", "", a, n);
    case IR_PY_BINOP:
    case IR_PY_INPLACE: return render_arith(fn, out, (IrBinop)imm, op == IR_PY_INPLACE, a);
    case IR_PY_CMP:
        if (!is_set(fn, a[0]) || imm == IR_PRED_IS || imm == IR_PRED_IS_NOT) return false;
        return call(fn, out, arena_sprintf(&fn->arena, "set_%s", ir_pred_name((IrPred)imm)), "s", a, n);
    case IR_PY_FORMAT:
        if (!is_set(fn, a[0])) return false;
        sb_puts(out, "py::set_format(");
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        rs_render_str_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    case IR_PY_METHOD: return render_method(fn, out, (StrId){(uint32_t)imm}, a, n);
    case IR_PY_BUILTIN: return render_builtin(fn, out, v, (StrId){(uint32_t)imm}, a, n);
    default: return false;
    }
}

/* Whether instruction i works on a typed set (an operand or its result). */
static bool touches_set(RsFn *fn, InstId i)
{
    uint32_t r = fn->f->insts.data[i.id].result;
    if (r != IR_NONE_ID && is_set(fn, r)) return true;
    uint32_t n = ir_inst_nargs(fn->f, i);
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < n; k++)
        if (is_set(fn, a[k])) return true;
    return false;
}

bool rs_render_set_inst(RsFn *fn, StrBuf *out, uint32_t v)
{
    InstId i = {fn->f->values.data[v].owner};
    if (!(ir_op_flags((IrOp)fn->f->insts.data[i.id].op) & IR_GENERIC) || !touches_set(fn, i)) return false;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    if (!render_op(fn, out, v, op, fn->f->imms.data[i.id], ir_inst_args(fn->f, i), ir_inst_nargs(fn->f, i)))
        rs_unsupported_on(fn, i, "set");
    return true;
}
