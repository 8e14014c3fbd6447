/* emit_list.c — the Rust for typed lists: a list[T] (T int, float, bool, str
 * or None) is a shared `py::List<T>` (prelude_list.rs), a vec[T] an owned
 * `Vec<T>` (prelude_vec.rs, passes/ownership.c), and the generic py.* ops
 * that specialize leaves on one, with typed operands and results, become one
 * call each into that runtime.  The list goes by reference (`&xs`: the
 * runtime borrows it for the call only), items and ints by value (cloned
 * unless it is their last use); a Vec is changed through a method
 * (`xs.py_set(i, x)`, `xs.push(x)`), which borrows it mutably only after
 * its arguments are evaluated.  The ownership pass groups the lists of one
 * instruction, so a shared and an owned list never meet in one call.  Operands are rendered in IR operand order,
 * which is the order the nesting of emit_expr.c assumes.  A list operand in a
 * shape not listed here is reported, never rendered as Rust that would not
 * build. */
#include "backend_rust/rs_impl.h"

#include <string.h>

static TypeId vtype(RsFn *fn, uint32_t v) { return fn->f->values.data[v].type; }

static TypeKind kind_of(RsFn *fn, uint32_t v) { return ir_type_kind(fn->m, vtype(fn, v)); }

static bool is_list(RsFn *fn, uint32_t v) { return ir_type_is_list(fn->m, vtype(fn, v)); }

/* A vec[T]: a Vec<T> owned by this function or lent to it. */
static bool is_owned(RsFn *fn, uint32_t v) { return kind_of(fn, v) == TY_VEC; }

bool rs_is_param(RsFn *fn, uint32_t v)
{
    IrValue *val = &fn->f->values.data[v];
    return val->def == VAL_PARAM && val->owner == 0;
}

static IrOp value_op(RsFn *fn, uint32_t v)
{
    IrValue *val = &fn->f->values.data[v];
    return val->def == VAL_INST ? (IrOp)fn->f->insts.data[val->owner].op : IR_OP_COUNT;
}

static const uint32_t *value_args(RsFn *fn, uint32_t v)
{
    return ir_inst_args(fn->f, (InstId){fn->f->values.data[v].owner});
}

/* The item type of list type t. */
static TypeId item_type(RsFn *fn, TypeId t) { return ir_type_param(fn->m, t, 0); }

static void by_value(RsFn *fn, StrBuf *out, uint32_t v) { rs_render_value(fn, out, v, RS_PREC_LOWEST, true); }

static void by_ref(RsFn *fn, StrBuf *out, uint32_t v)
{
    if (!(is_owned(fn, v) && rs_is_param(fn, fn->alias[v]))) sb_putc(out, '&');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
}

/* An index or a repeat count: an int, or a bool (Python's 0/1). */
static bool index_arg(RsFn *fn, StrBuf *out, uint32_t v)
{
    switch (kind_of(fn, v)) {
    case TY_INT: by_value(fn, out, v); return true;
    case TY_BOOL:
        sb_puts(out, "i64::from(");
        by_value(fn, out, v);
        sb_putc(out, ')');
        return true;
    default: return false;
    }
}

/* One part of a slice written in place: `None` for the constant None,
 * `Some(i)` for a boxed int or bool nested into the slice (nothing else
 * reads the box).  False when the part needs the object path. */
static bool slice_part_typed(RsFn *fn, uint32_t part)
{
    uint32_t r = fn->alias[part];
    if (fn->vkind[r] != RS_V_INLINE || value_op(fn, r) != IR_OBJ_BOX) return false;
    uint32_t x = fn->alias[value_args(fn, r)[0]];
    TypeKind k = kind_of(fn, x);
    if (k == TY_NONE) return fn->vkind[x] == RS_V_CONST;   /* an effect must still run */
    return k == TY_INT || k == TY_BOOL;
}

/* The (start, stop, step) of slice object sl for the runtime: written out as
 * `(Some(1), None, Some(-1))` when the py.slice is nested here and its parts
 * are typed boxes, so no object is built; else `py::slice_parts(&sl)`. */
static void slice_parts(RsFn *fn, StrBuf *out, uint32_t sl)
{
    uint32_t r = fn->alias[sl];
    bool typed = fn->vkind[r] == RS_V_INLINE && value_op(fn, r) == IR_PY_SLICE;
    for (uint32_t k = 0; typed && k < 3; k++) typed = slice_part_typed(fn, value_args(fn, r)[k]);
    if (!typed) {
        sb_puts(out, "py::slice_parts(");
        by_ref(fn, out, sl);
        sb_putc(out, ')');
        return;
    }
    sb_putc(out, '(');
    for (uint32_t k = 0; k < 3; k++) {
        uint32_t x = value_args(fn, fn->alias[value_args(fn, r)[k]])[0];
        if (k) sb_puts(out, ", ");
        if (kind_of(fn, x) == TY_NONE) {
            sb_puts(out, "None");
            continue;
        }
        sb_puts(out, "Some(");
        index_arg(fn, out, x);
        sb_putc(out, ')');
    }
    sb_putc(out, ')');
}

/* `py::name(&xs, ...` or, for a name starting with '.', the method call
 * `xs.name(...`: the start of a call on list xs.  The caller writes each
 * further argument after ", " and then close_call. */
static size_t open_call(RsFn *fn, StrBuf *out, const char *name, uint32_t xs)
{
    if (name[0] != '.') {
        sb_printf(out, "py::%s(", name);
        by_ref(fn, out, xs);
        return SIZE_MAX;
    }
    rs_render_value(fn, out, xs, RS_PREC_POSTFIX, false);
    sb_printf(out, "%s(", name);
    return out->len;
}

/* The ')' of a call opened at `at`: a method's first argument has no ", ". */
static void close_call(StrBuf *out, size_t at)
{
    if (at != SIZE_MAX && out->len >= at + 2 && memcmp(out->data + at, ", ", 2) == 0) {
        memmove(out->data + at, out->data + at + 2, out->len - at - 2);
        out->len -= 2;
        out->data[out->len] = '\0';
    }
    sb_putc(out, ')');
}

/* The runtime name of an operation: `shared` on a List<T>, `owned` on a Vec<T>. */
static const char *pick(RsFn *fn, uint32_t xs, const char *shared, const char *owned)
{
    return is_owned(fn, xs) ? owned : shared;
}

/* `py::list(vec![a, b])`.  A literal first int fixes the item type (else
 * Rust would default an all-literal vec to i32); an empty list names it. */
static void render_new(RsFn *fn, StrBuf *out, uint32_t v, const uint32_t *a, uint32_t n)
{
    TypeId t = item_type(fn, vtype(fn, v));
    bool owned = is_owned(fn, v);
    if (n == 0) {
        sb_puts(out, owned ? "Vec::<" : "py::list::<");
        rs_type_str(fn, t, out, rs_value_loc(fn, v));
        sb_puts(out, owned ? ">::new()" : ">(vec![])");
        return;
    }
    sb_puts(out, owned ? "vec![" : "py::list(vec![");
    for (uint32_t k = 0; k < n; k++) {
        if (k) sb_puts(out, ", ");
        bool old = fn->generic;
        fn->generic = k == 0 && ir_type_kind(fn->m, t) == TY_INT;
        by_value(fn, out, a[k]);
        fn->generic = old;
    }
    sb_puts(out, owned ? "]" : "])");
}

/* `xs[i]` or `xs[start:stop:step]` (an object operand is the slice). */
static bool render_getitem(RsFn *fn, StrBuf *out, const uint32_t *a)
{
    if (kind_of(fn, a[1]) == TY_OBJECT) {
        open_call(fn, out, pick(fn, a[0], "list_slice", "vec_slice"), a[0]);
        sb_puts(out, ", ");
        slice_parts(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    }
    open_call(fn, out, pick(fn, a[0], "list_get", "vec_get"), a[0]);
    sb_puts(out, ", ");
    bool ok = index_arg(fn, out, a[1]);
    sb_putc(out, ')');
    return ok;
}

/* xs + ys, xs * n, n * xs and their in-place forms (which yield xs). */
static bool render_arith(RsFn *fn, StrBuf *out, IrBinop bop, bool inplace, const uint32_t *a)
{
    bool both = is_list(fn, a[0]) && is_list(fn, a[1]);
    if (bop == IR_BINOP_ADD && both && ir_type_eq(vtype(fn, a[0]), vtype(fn, a[1]))) {
        size_t at = open_call(fn, out, inplace ? pick(fn, a[0], "list_iadd", ".py_iadd")
                                               : pick(fn, a[0], "list_add", "vec_add"), a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
        close_call(out, at);
        return true;
    }
    if (bop != IR_BINOP_MUL || both) return false;
    bool ok;
    if (is_list(fn, a[0])) {
        size_t at = open_call(fn, out, inplace ? pick(fn, a[0], "list_imul", ".py_imul")
                                               : pick(fn, a[0], "list_repeat", "vec_repeat"), a[0]);
        sb_puts(out, ", ");
        ok = index_arg(fn, out, a[1]);
        close_call(out, at);
        return ok;
    } else {
        if (inplace || !is_list(fn, a[1])) return false;
        sb_puts(out, is_owned(fn, a[1]) ? "py::repeat_vec(" : "py::repeat_list(");
        ok = index_arg(fn, out, a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
    }
    sb_putc(out, ')');
    return ok;
}

/* ---- methods and builtins -------------------------------------------------------- */

/* The operands after the list, one letter each: 'x' an item by value, 'r'
 * an item by reference, 'i' an index, 'b' a bool, 'l' a list of the same
 * type by reference. */
typedef struct ListCall {
    const char *name;        /* py.method / py.builtin imm ("name:kw" with keywords) */
    const char *args;        /* operand letters, as above */
    const char *rust;        /* the runtime function on a List<T> */
    const char *owned;       /* on a Vec<T>: a py:: function, or a method (".name") */
    const char *tail;        /* constant arguments after the operands */
    TypeKind item;           /* only on lists of this item type; TY_UNKNOWN: any */
} ListCall;

static const ListCall list_methods[] = {
    { "append", "x", "list_append", ".push", "", TY_UNKNOWN },
    { "pop", "", "list_pop", ".py_pop", "", TY_UNKNOWN },
    { "pop", "i", "list_pop_at", ".py_pop_at", "", TY_UNKNOWN },
    { "insert", "ix", "list_insert", ".py_insert", "", TY_UNKNOWN },
    { "extend", "l", "list_extend", ".py_extend", "", TY_UNKNOWN },
    { "index", "r", "list_index_of", "vec_index_of", "", TY_UNKNOWN },
    { "count", "r", "list_count_of", "vec_count_of", "", TY_UNKNOWN },
    { "remove", "r", "list_remove", ".py_remove", "", TY_UNKNOWN },
    { "sort", "", "list_sort", ".py_sort", ", false", TY_UNKNOWN },
    { "sort:reverse", "b", "list_sort", ".py_sort", "", TY_UNKNOWN },
    { "reverse", "", "list_reverse", ".reverse", "", TY_UNKNOWN },
    { "copy", "", "list_copy", ".to_vec", "", TY_UNKNOWN },
    { "clear", "", "list_clear", ".clear", "", TY_UNKNOWN },
    { NULL, NULL, NULL, NULL, NULL, TY_UNKNOWN },
};

static const ListCall list_builtins[] = {
    { "len", "", "list_len", "vec_len", "", TY_UNKNOWN },
    { "min", "", "list_min", "vec_min", "", TY_UNKNOWN },
    { "max", "", "list_max", "vec_max", "", TY_UNKNOWN },
    { "sorted", "", "list_sorted", "vec_sorted", ", false", TY_UNKNOWN },
    { "sorted:reverse", "b", "list_sorted", "vec_sorted", "", TY_UNKNOWN },
    { "list", "", "list_copy", ".to_vec", "", TY_UNKNOWN },
    /* 3.11 adds from int 0, left to right (3.12 compensates floats) */
    { "sum", "", "list_sum_int", "vec_sum_int", "", TY_INT },
    { "sum", "", "list_sum_float", "vec_sum_float", "", TY_FLOAT },
    { "sum", "", "list_sum_bool", "vec_sum_bool", "", TY_BOOL },
    /* a list nothing is ever stored into: empty, so 0 */
    { "sum", "", "list_sum_none", "vec_sum_none", "", TY_NONE },
    { NULL, NULL, NULL, NULL, NULL, TY_UNKNOWN },
};

/* Whether operand v has the type letter c asks for, on a list of type lt. */
static bool arg_fits(RsFn *fn, char c, uint32_t v, TypeId lt)
{
    switch (c) {
    case 'x': case 'r': return ir_type_eq(vtype(fn, v), item_type(fn, lt));
    case 'i': return kind_of(fn, v) == TY_INT || kind_of(fn, v) == TY_BOOL;
    case 'b': return kind_of(fn, v) == TY_BOOL;
    case 'l': return ir_type_eq(vtype(fn, v), lt);
    default: return false;
    }
}

/* The entry of table for call name (the imm) on list a[0] with operands a[1..n). */
static const ListCall *find_call(RsFn *fn, const ListCall *table, StrId name, const uint32_t *a, uint32_t n)
{
    const char *s = ir_str(fn->m, name);
    size_t len = ir_str_len(fn->m, name);
    TypeId lt = vtype(fn, a[0]);
    for (const ListCall *c = table; c->name; c++) {
        if (!ir_name_is(s, len, c->name) || strlen(c->args) != n - 1) continue;
        if (c->item != TY_UNKNOWN && c->item != ir_type_kind(fn->m, item_type(fn, lt))) continue;
        bool fits = true;
        for (uint32_t k = 1; k < n && fits; k++) fits = arg_fits(fn, c->args[k - 1], a[k], lt);
        if (fits) return c;
    }
    return NULL;
}

/* s.split(sep, maxsplit), s.rsplit(...), s.splitlines() of a str: a new
 * Vec<Str>, in a py::List when the list is shared. */
static bool render_split(RsFn *fn, StrBuf *out, uint32_t v, StrId name, const uint32_t *a, uint32_t n)
{
    const char *s = ir_str(fn->m, name);
    size_t len = ir_str_len(fn->m, name);
    bool lines = ir_name_is(s, len, "splitlines");
    if (!(lines || ir_name_is(s, len, "split") || ir_name_is(s, len, "rsplit"))) return false;
    size_t at = out->len;
    sb_printf(out, "py::%.*s(", (int)len, s);
    rs_render_str_ref(fn, out, a[0]);
    if (lines) {
        sb_puts(out, ", false");
    } else {
        sb_puts(out, ", ");
        if (n < 2 || kind_of(fn, a[1]) == TY_NONE) {
            sb_puts(out, "None");
        } else {
            sb_puts(out, "Some(");
            rs_render_str_ref(fn, out, a[1]);
            sb_putc(out, ')');
        }
        sb_puts(out, ", ");
        if (n < 3) sb_puts(out, "-1");
        else index_arg(fn, out, a[2]);
    }
    sb_putc(out, ')');
    if (!is_owned(fn, v)) rs_wrap_from(out, at, "py::list(", ")");
    return true;
}

/* sep.join(xs) of a list of strs. */
static void render_join(RsFn *fn, StrBuf *out, const uint32_t *a)
{
    sb_puts(out, "py::join(");
    rs_render_str_ref(fn, out, a[0]);
    sb_puts(out, ", ");
    if (is_owned(fn, a[1])) {
        by_ref(fn, out, a[1]);
    } else {
        sb_puts(out, "&");
        rs_render_value(fn, out, a[1], RS_PREC_POSTFIX, false);
        sb_puts(out, ".borrow()");
    }
    sb_putc(out, ')');
}

static bool render_named(RsFn *fn, StrBuf *out, IrOp op, StrId name, const uint32_t *a, uint32_t n)
{
    if (n == 0 || !is_list(fn, a[0])) return false;
    const ListCall *c = find_call(fn, op == IR_PY_METHOD ? list_methods : list_builtins, name, a, n);
    if (!c) return false;
    size_t at = open_call(fn, out, pick(fn, a[0], c->rust, c->owned), a[0]);
    for (uint32_t k = 1; k < n; k++) {
        sb_puts(out, ", ");
        char m = c->args[k - 1];
        if (m == 'r' || m == 'l') by_ref(fn, out, a[k]);
        else if (m == 'i') index_arg(fn, out, a[k]);
        else by_value(fn, out, a[k]);
    }
    sb_puts(out, c->tail);
    close_call(out, at);
    return true;
}

/* ---- entry points ------------------------------------------------------------------- */

/* Whether instruction i works on a typed list (as an operand or its result). */
static bool touches_list(RsFn *fn, InstId i)
{
    uint32_t r = fn->f->insts.data[i.id].result;
    if (r != IR_NONE_ID && is_list(fn, r)) return true;
    uint32_t n = ir_inst_nargs(fn->f, i);
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < n; k++)
        if (is_list(fn, a[k])) return true;
    return false;
}

/* `[a, b]` of items of the list's item type. */
static bool new_fits(RsFn *fn, uint32_t v, const uint32_t *a, uint32_t n)
{
    if (!is_list(fn, v)) return false;
    for (uint32_t k = 0; k < n; k++)
        if (!arg_fits(fn, 'x', a[k], vtype(fn, v))) return false;
    return true;
}

/* `a, b = xs`: `{ let t = py::list_unpack(&xs, 2); (t[0].clone(), t[1].clone()) }`. */
static bool render_unpack(RsFn *fn, StrBuf *out, uint32_t v, const uint32_t *a)
{
    TypeId t = vtype(fn, v);
    uint32_t n = ir_type_nparams(fn->m, t);
    if (ir_type_kind(fn->m, t) != TY_TUPLE || n == 0) return false;
    for (uint32_t k = 0; k < n; k++)
        if (!ir_type_eq(ir_type_param(fn->m, t, k), item_type(fn, vtype(fn, a[0])))) return false;
    sb_puts(out, "{ let t = ");
    open_call(fn, out, pick(fn, a[0], "list_unpack", "vec_unpack"), a[0]);
    sb_printf(out, ", %u); (", n);
    for (uint32_t k = 0; k < n; k++) sb_printf(out, "%st[%u].clone()", k ? ", " : "", k);
    sb_puts(out, n == 1 ? ",) }" : ") }");
    return true;
}

static bool render_list_op(RsFn *fn, StrBuf *out, uint32_t v, IrOp op, uint64_t imm, const uint32_t *a, uint32_t n)
{
    switch (op) {
    case IR_PY_UNPACK: return is_list(fn, a[0]) && render_unpack(fn, out, v, a);
    case IR_PY_LIST:
        if (!new_fits(fn, v, a, n)) return false;
        render_new(fn, out, v, a, n);
        return true;
    case IR_PY_GETITEM: return is_list(fn, a[0]) && render_getitem(fn, out, a);
    case IR_PY_CONTAINS:
        if (!is_list(fn, a[0]) || !arg_fits(fn, 'r', a[1], vtype(fn, a[0]))) return false;
    {
        size_t at = open_call(fn, out, pick(fn, a[0], "list_contains", ".contains"), a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
        close_call(out, at);
        return true;
    }
    case IR_PY_ITER:
        if (!is_list(fn, a[0])) return false;
        if (is_owned(fn, a[0])) {
            /* a fresh Vec nested here is consumed (`for x in squares(n)`); a
             * variable is borrowed, which the ownership pass saw unchanged
             * meanwhile */
            rs_render_value(fn, out, a[0], RS_PREC_POSTFIX, false);
            if (fn->vkind[fn->alias[a[0]]] == RS_V_INLINE) {
                if (fn->vkind[v] != RS_V_FORITER) sb_puts(out, ".into_iter()");   /* `for` calls it itself */
            }
            else sb_puts(out, rs_type_is_copy(fn->m, item_type(fn, vtype(fn, a[0]))) ? ".iter().copied()" : ".iter().cloned()");
            return true;
        }
        open_call(fn, out, "list_iter", a[0]);
        sb_putc(out, ')');
        return true;
    case IR_PY_BINOP:
    case IR_PY_INPLACE: return render_arith(fn, out, (IrBinop)imm, op == IR_PY_INPLACE, a);
    case IR_PY_CMP:
        if (!ir_type_eq(vtype(fn, a[0]), vtype(fn, a[1]))) return false;
        open_call(fn, out, arena_sprintf(&fn->arena, "%s_%s", pick(fn, a[0], "list", "vec"), ir_pred_name((IrPred)imm)), a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    case IR_PY_METHOD:
        if (n > 0 && kind_of(fn, a[0]) == TY_STR) {
            if (is_list(fn, v)) return render_split(fn, out, v, (StrId){(uint32_t)imm}, a, n);
            if (n == 2 && is_list(fn, a[1]) && ir_name_is(ir_str(fn->m, (StrId){(uint32_t)imm}),
                                                         ir_str_len(fn->m, (StrId){(uint32_t)imm}), "join") &&
                ir_type_kind(fn->m, item_type(fn, vtype(fn, a[1]))) == TY_STR) {
                render_join(fn, out, a);
                return true;
            }
            return false;
        }
        /* fall through */
    case IR_PY_BUILTIN: return render_named(fn, out, op, (StrId){(uint32_t)imm}, a, n);
    case IR_PY_FORMAT:
        if (!is_list(fn, a[0])) return false;
        open_call(fn, out, pick(fn, a[0], "list_format", "vec_format"), a[0]);
        sb_puts(out, ", ");
        rs_render_str_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    default: return false;
    }
}

bool rs_render_list_inst(RsFn *fn, StrBuf *out, uint32_t v)
{
    InstId i = {fn->f->values.data[v].owner};
    if (!touches_list(fn, i)) return false;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    if (!render_list_op(fn, out, v, op, fn->f->imms.data[i.id], ir_inst_args(fn->f, i), ir_inst_nargs(fn->f, i)))
        rs_unsupported_on(fn, i, "list");
    return true;
}

/* `xs[i] = x`, `xs[a:b:c] = ys` (an object index is the slice), `del xs[i]`,
 * `del xs[a:b:c]`. */
static bool stmt_fits(RsFn *fn, IrOp op, const uint32_t *a)
{
    bool slice = kind_of(fn, a[1]) == TY_OBJECT;
    if (!is_list(fn, a[0]) || !(slice || arg_fits(fn, 'i', a[1], vtype(fn, a[0])))) return false;
    return op == IR_PY_DELITEM || arg_fits(fn, slice ? 'l' : 'x', a[2], vtype(fn, a[0]));
}

bool rs_render_list_stmt(RsFn *fn, StrBuf *out, InstId i)
{
    if (!touches_list(fn, i)) return false;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    const uint32_t *a = ir_inst_args(fn->f, i);
    if (!stmt_fits(fn, op, a)) {
        rs_unsupported_on(fn, i, "list");
        return true;
    }
    bool slice = kind_of(fn, a[1]) == TY_OBJECT;
    const char *rust = op == IR_PY_SETITEM ? (slice ? "list_set_slice" : "list_set")
                                           : (slice ? "list_del_slice" : "list_del");
    const char *owned = op == IR_PY_SETITEM ? (slice ? ".py_set_slice" : ".py_set")
                                            : (slice ? ".py_del_slice" : ".py_del");
    size_t at = open_call(fn, out, pick(fn, a[0], rust, owned), a[0]);
    sb_puts(out, ", ");
    if (slice) slice_parts(fn, out, a[1]);
    else index_arg(fn, out, a[1]);
    if (op == IR_PY_SETITEM) {
        sb_puts(out, ", ");
        if (slice) by_ref(fn, out, a[2]);
        else by_value(fn, out, a[2]);
    }
    close_call(out, at);
    sb_puts(out, ";\n");
    return true;
}

/* ---- owned lists and dicts: lending, `mut`, the VecOps import ------------------------ */

void rs_render_lent(RsFn *fn, StrBuf *out, uint32_t v, bool changed)
{
    uint32_t r = fn->alias[v];
    if (!rs_is_param(fn, r)) sb_puts(out, changed ? "&mut " : "&");
    rs_render_value(fn, out, r, RS_PREC_UNARY, false);
}

void rs_render_lent_type(RsFn *fn, StrBuf *out, TypeId t, bool changed)
{
    if (ir_type_kind(fn->m, t) == TY_MAP) {
        sb_puts(out, changed ? "&mut " : "&");
        rs_type_str(fn, t, out, fn->f->loc);
        return;
    }
    sb_puts(out, changed ? "&mut Vec<" : "&[");
    rs_type_str(fn, item_type(fn, t), out, fn->f->loc);
    sb_putc(out, changed ? '>' : ']');
}

/* Whether operand k of i changes an owned list or dict through a method or &mut. */
static bool changes_owned(RsFn *fn, InstId i, uint32_t k)
{
    switch (ir_own_use(fn->m, fn->f, i, k)) {
    case IR_USE_CHANGE: return true;
    case IR_USE_LEND: return fn->changed_params[fn->f->imms.data[i.id]][k];
    default: return false;
    }
}

void rs_mark_vec_mut(RsFn *fn)
{
    for (uint32_t i = 0; i < fn->f->insts.len; i++) {
        InstId id = {i};
        if (ir_op_flags((IrOp)fn->f->insts.data[i].op) & IR_TERM) continue;
        const uint32_t *a = ir_inst_args(fn->f, id);
        for (uint32_t k = 0, n = ir_inst_nargs(fn->f, id); k < n; k++) {
            uint32_t r = fn->alias[a[k]];
            if (!ir_type_is_owned(fn->m, vtype(fn, r)) || rs_is_param(fn, r) || !changes_owned(fn, id, k)) continue;
            /* every value sharing r's Rust variable is declared with it */
            for (uint32_t w = 0; w < fn->nvals; w++)
                if (fn->var[fn->alias[w]] == fn->var[r]) fn->needs_mut[w] = true;
        }
    }
}

bool rs_uses_vec_ops(const IrModule *m)
{
    static const char *const std_methods[] = { "append", "reverse", "clear", NULL };
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        const IrFunc *f = &m->funcs.data[fi];
        for (uint32_t i = 0; i < f->insts.len; i++) {
            InstId id = {i};
            IrOp op = (IrOp)f->insts.data[i].op;
            if (ir_op_flags(op) & IR_TERM) continue;
            const uint32_t *a = ir_inst_args(f, id);
            if (ir_inst_nargs(f, id) == 0 || ir_type_kind(m, f->values.data[a[0]].type) != TY_VEC) continue;
            IrOwnUse u = ir_own_use(m, f, id, 0);
            if (u == IR_USE_MOVE_CHANGE) return true;
            if (u != IR_USE_CHANGE) continue;
            if (op != IR_PY_METHOD) return true;
            StrId name = {(uint32_t)f->imms.data[i]};
            if (!ir_name_in(ir_str(m, name), ir_str_len(m, name), std_methods)) return true;
        }
    }
    return false;
}
