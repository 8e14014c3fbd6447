/* emit_dict.c — the Rust for typed dicts: a dict[K,V] (K int, str, bool or
 * None; V int, float, bool, str or None) is a shared `py::DictRef<K, V>`
 * (prelude_dict.rs), a map[K,V] an owned `py::Dict<K, V>` (passes/
 * ownership.c), and each generic py.* op that specialize leaves on one (the
 * shapes passes/sites.c accepts) becomes one call into that runtime:
 * `py::dict_NAME(&d, ..)` on a shared dict, the method `d.py_NAME(..)` on
 * an owned one, which borrows it (mutably for a change) only after its
 * arguments are evaluated.  The ownership pass groups the dicts of one
 * instruction, so a shared and an owned dict never meet in one call.
 * The dict and lookup keys go by reference (`&d`, `&k`), stored keys and
 * values by value (cloned unless it is their last use).  d.keys(),
 * d.values() and d.items() are iterators (iter[K], iter[V],
 * iter[tuple[K,V]]) that only a loop, sorted() or list() consumes.  A shape
 * not listed here is reported, never rendered as Rust that would not build. */
#include "backend_rust/rs_impl.h"

#include <string.h>

static TypeId vtype(RsFn *fn, uint32_t v) { return fn->f->values.data[v].type; }

static TypeKind kind_of(RsFn *fn, uint32_t v) { return ir_type_kind(fn->m, vtype(fn, v)); }

static bool is_dict(RsFn *fn, uint32_t v) { return ir_type_is_dict(fn->m, vtype(fn, v)); }

/* A map[K,V]: a py::Dict owned by this function or lent to it. */
static bool is_owned(RsFn *fn, uint32_t v) { return kind_of(fn, v) == TY_MAP; }


/* A typed iterator (a dict view) as an operand: only py.iter and the
 * builtins that consume it take one. */
static bool is_view(RsFn *fn, uint32_t v)
{
    return kind_of(fn, v) == TY_ITER && ir_type_param(fn->m, vtype(fn, v), 0).id != IR_TYPE_OBJECT;
}

static TypeId key_type(RsFn *fn, uint32_t d) { return ir_type_param(fn->m, vtype(fn, d), 0); }
static TypeId val_type(RsFn *fn, uint32_t d) { return ir_type_param(fn->m, vtype(fn, d), 1); }

static bool fits(RsFn *fn, uint32_t v, TypeId t) { return ir_type_eq(vtype(fn, v), t); }

static void by_value(RsFn *fn, StrBuf *out, uint32_t v) { rs_render_value(fn, out, v, RS_PREC_LOWEST, true); }

static void by_ref(RsFn *fn, StrBuf *out, uint32_t v)
{
    if (!(is_owned(fn, v) && rs_is_param(fn, fn->alias[v]))) sb_putc(out, '&');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
}

/* The runtime function "dict_NAME" on dict d: `py::dict_NAME(&d` on a
 * shared dict, `d.py_NAME(` on an owned one; returns whether an argument
 * list follows d (the shared form), so `, ` goes before the first. */
static bool open_call(RsFn *fn, StrBuf *out, const char *name, uint32_t d)
{
    if (!is_owned(fn, d)) {
        sb_printf(out, "py::%s(", name);
        by_ref(fn, out, d);
        return true;
    }
    rs_render_value(fn, out, d, RS_PREC_POSTFIX, false);
    sb_printf(out, ".py_%s(", name + strlen("dict_"));
    return false;
}

/* The runtime function "dict_NAME" (open_call) on dict a[0] then, per
 * letter of args, operand a[k]: 'k' a key by reference, 'K' a key by
 * value, 'v' a value, 'd' a dict by reference, 's' a str as &str. */
static bool call(RsFn *fn, StrBuf *out, const char *name, const char *args, const uint32_t *a, uint32_t n)
{
    uint32_t d = a[0];
    if (strlen(args) != n - 1) return false;
    for (uint32_t k = 1; k < n; k++) {
        char c = args[k - 1];
        TypeId want = c == 'v' ? val_type(fn, d) : c == 'd' ? vtype(fn, d) : c == 's' ? (TypeId){IR_TYPE_STR}
                                                                                        : key_type(fn, d);
        if (!fits(fn, a[k], want)) return false;
    }
    bool comma = open_call(fn, out, name, d);
    for (uint32_t k = 1; k < n; k++, comma = true) {
        if (comma) sb_puts(out, ", ");
        char c = args[k - 1];
        if (c == 'k' || c == 'd') by_ref(fn, out, a[k]);
        else if (c == 's') rs_render_str_ref(fn, out, a[k]);
        else rs_render_stored(fn, out, a[k]);
    }
    sb_putc(out, ')');
    return true;
}

/* `{k1: v1, ...}`: `py::dict(vec![(k1, v1), ...])`; an empty one names its types. */
static bool render_new(RsFn *fn, StrBuf *out, uint32_t v, const uint32_t *a, uint32_t n)
{
    if (!is_dict(fn, v) || n % 2) return false;
    for (uint32_t k = 0; k < n; k += 2)
        if (!fits(fn, a[k], key_type(fn, v)) || !fits(fn, a[k + 1], val_type(fn, v))) return false;
    if (n == 0) {
        sb_puts(out, is_owned(fn, v) ? "py::Dict::<" : "py::dict::<");
        rs_type_str(fn, key_type(fn, v), out, rs_value_loc(fn, v));
        sb_puts(out, ", ");
        rs_type_str(fn, val_type(fn, v), out, rs_value_loc(fn, v));
        sb_puts(out, is_owned(fn, v) ? ">::new()" : ">(vec![])");
        return true;
    }
    sb_puts(out, is_owned(fn, v) ? "py::Dict::from_pairs(vec![" : "py::dict(vec![");
    for (uint32_t k = 0; k < n; k += 2) {
        sb_puts(out, k ? ", (" : "(");
        rs_render_stored(fn, out, a[k]);
        sb_puts(out, ", ");
        rs_render_stored(fn, out, a[k + 1]);
        sb_putc(out, ')');
    }
    sb_puts(out, "])");
    return true;
}

static bool name_is(RsFn *fn, StrId name, const char *want)
{
    return ir_name_is(ir_str(fn->m, name), ir_str_len(fn->m, name), want);
}

static bool render_method(RsFn *fn, StrBuf *out, StrId name, const uint32_t *a, uint32_t n)
{
    if (!is_dict(fn, a[0])) return false;
    if (name_is(fn, name, "get")) return call(fn, out, "dict_get_or", "kv", a, n);
    if (name_is(fn, name, "setdefault")) return call(fn, out, "dict_setdefault", "Kv", a, n);
    if (name_is(fn, name, "pop"))
        return n == 2 ? call(fn, out, "dict_pop", "k", a, n) : call(fn, out, "dict_pop_or", "kv", a, n);
    if (name_is(fn, name, "keys")) return call(fn, out, "dict_keys", "", a, n);
    if (name_is(fn, name, "values")) return call(fn, out, "dict_values", "", a, n);
    if (name_is(fn, name, "items")) return call(fn, out, "dict_items", "", a, n);
    if (name_is(fn, name, "copy")) return call(fn, out, "dict_copy", "", a, n);
    if (name_is(fn, name, "clear")) return call(fn, out, "dict_clear", "", a, n);
    if (name_is(fn, name, "update")) return call(fn, out, "dict_update", "d", a, n);
    return false;
}

/* len(d), str(d), repr(d); sum(), min() and max() of a dict (its keys)
 * or of a view; sorted() and list() of them: a Vec<T>, in a py::List<T>
 * when the list is shared. */
static bool render_builtin(RsFn *fn, StrBuf *out, uint32_t v, StrId name, const uint32_t *a, uint32_t n)
{
    if (n != 1) return false;
    if (is_dict(fn, a[0]) && name_is(fn, name, "len")) return call(fn, out, "dict_len", "", a, n);
    if (is_dict(fn, a[0]) && (name_is(fn, name, "str") || name_is(fn, name, "repr")))
        return call(fn, out, "dict_str", "", a, n);
    const char *reduce = name_is(fn, name, "sum") ? "iter_sum_int" : name_is(fn, name, "min") ? "iter_min"
                       : name_is(fn, name, "max") ? "iter_max" : NULL;
    if (reduce && is_view(fn, a[0]) && ir_type_param(fn->m, vtype(fn, a[0]), 0).id == IR_TYPE_NONE &&
        name_is(fn, name, "sum"))
        reduce = "iter_sum_none";                /* nothing was ever stored: 0 */
    if (reduce && (is_dict(fn, a[0]) || is_view(fn, a[0]))) {
        sb_printf(out, "py::%s(", reduce);
        if (is_dict(fn, a[0])) call(fn, out, "dict_keys", "", a, n);
        else by_value(fn, out, a[0]);
        sb_putc(out, ')');
        return true;
    }
    bool sorted = name_is(fn, name, "sorted");
    if (!sorted && !name_is(fn, name, "list")) return false;
    TypeKind rk = kind_of(fn, v);
    if (rk != TY_LIST && rk != TY_VEC) return false;
    size_t at = out->len;
    if (is_dict(fn, a[0])) {
        if (!call(fn, out, sorted ? "dict_sorted_keys" : "dict_key_list", "", a, n)) return false;
    } else if (is_view(fn, a[0])) {
        sb_puts(out, sorted ? "py::iter_sorted(" : "py::iter_list(");
        by_value(fn, out, a[0]);
        sb_putc(out, ')');
    } else {
        return false;
    }
    if (rk == TY_LIST) rs_wrap_from(out, at, "py::list(", ")");
    return true;
}

static bool render_op(RsFn *fn, StrBuf *out, uint32_t v, IrOp op, uint64_t imm, const uint32_t *a, uint32_t n)
{
    switch (op) {
    case IR_PY_DICT: return render_new(fn, out, v, a, n);
    case IR_PY_GETITEM: return is_dict(fn, a[0]) && call(fn, out, "dict_get", "k", a, n);
    case IR_PY_CONTAINS: return is_dict(fn, a[0]) && call(fn, out, "dict_contains", "k", a, n);
    case IR_PY_ITER:
        if (is_dict(fn, a[0])) return call(fn, out, "dict_keys", "", a, n);
        if (!is_view(fn, a[0])) return false;
        rs_render_value(fn, out, a[0], RS_PREC_LOWEST, true);
        return true;
    case IR_PY_CMP:
        if (!is_dict(fn, a[0]) || (imm != IR_PRED_EQ && imm != IR_PRED_NE)) return false;
        return call(fn, out, imm == IR_PRED_EQ ? "dict_eq" : "dict_ne", "d", a, n);
    case IR_PY_FORMAT: return is_dict(fn, a[0]) && call(fn, out, "dict_format", "s", a, n);
    case IR_PY_METHOD: return render_method(fn, out, (StrId){(uint32_t)imm}, a, n);
    case IR_PY_BUILTIN: return render_builtin(fn, out, v, (StrId){(uint32_t)imm}, a, n);
    default: return false;
    }
}

/* Whether instruction i works on a typed dict or view (an operand or its result). */
static bool touches_dict(RsFn *fn, InstId i)
{
    uint32_t r = fn->f->insts.data[i.id].result;
    if (r != IR_NONE_ID && is_dict(fn, r)) return true;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    uint32_t n = ir_inst_nargs(fn->f, i);
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < n; k++)
        if (is_dict(fn, a[k]) || ((op == IR_PY_ITER || op == IR_PY_BUILTIN) && is_view(fn, a[k]))) return true;
    return false;
}

bool rs_render_dict_inst(RsFn *fn, StrBuf *out, uint32_t v)
{
    InstId i = {fn->f->values.data[v].owner};
    if (!(ir_op_flags((IrOp)fn->f->insts.data[i.id].op) & IR_GENERIC) || !touches_dict(fn, i)) return false;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    if (!render_op(fn, out, v, op, fn->f->imms.data[i.id], ir_inst_args(fn->f, i), ir_inst_nargs(fn->f, i)))
        rs_unsupported_on(fn, i, "dict");
    return true;
}

/* `d[k] = v` and `del d[k]`. */
bool rs_render_dict_stmt(RsFn *fn, StrBuf *out, InstId i)
{
    if (!touches_dict(fn, i)) return false;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    const uint32_t *a = ir_inst_args(fn->f, i);
    bool ok = op == IR_PY_SETITEM ? call(fn, out, "dict_set", "Kv", a, 3) : call(fn, out, "dict_del", "k", a, 2);
    if (!ok) rs_unsupported_on(fn, i, "dict");
    else sb_puts(out, ";\n");
    return true;
}
