/* lower_container.c — what builds or reads containers, all through the
 * generic py.* ops (a container is always `?` here; typeinfer/specialize
 * decide its representation): list/set/dict displays, subscripts and
 * slices, comprehensions (inline loops; a comprehension is a scope of its
 * own), generator expressions consumed whole, short-circuiting any()/all()
 * of a generator expression, and f-strings. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

static TypeId ty(Lower *L, ValueId v) { return lower_vtype(L, v); }

/* recv.name(arg) for its effect (append, extend, add, update). */
static void method1(Lower *L, const char *name, ValueId recv, ValueId arg, SrcLoc loc)
{
    ValueId args[2] = {recv, arg};
    lower_generic(L, IR_PY_METHOD, name, args, 2, loc);
}

/* ---- displays ------------------------------------------------------------------ */

/* [a, *b, c] / {a, *b, c}: op builds the leading plain items, then each
 * later item is added with `add`, each starred one spliced with `splice`,
 * left to right as CPython evaluates them. */
static ValueId build_seq(Lower *L, IrOp op, const char *splice, const char *add,
                         const AstExprList *items, SrcLoc loc)
{
    ValVec head = {0};
    uint32_t i = 0;
    for (; i < items->len && items->items[i]->kind != AST_EXPR_Starred; i++)
        vec_push(&head, lower_expr(L, items->items[i]));
    ValueId acc = lower_generic(L, op, NULL, head.data, head.len, loc);
    vec_free(&head);
    for (; i < items->len; i++) {
        const AstExpr *x = items->items[i];
        bool star = x->kind == AST_EXPR_Starred;
        ValueId v = lower_expr(L, star ? x->v.Starred.value : x);
        method1(L, star ? splice : add, acc, v, x->loc);
    }
    return lv_bad(acc) || !ssa_live(L) ? lv_poison() : acc;
}

ValueId lower_build_list(Lower *L, const AstExprList *items, SrcLoc loc)
{
    return build_seq(L, IR_PY_LIST, "extend", "append", items, loc);
}

ValueId lower_list_display(Lower *L, const AstExpr *e)
{
    return lower_build_list(L, &e->v.Seq.elts, e->loc);
}

ValueId lower_set_display(Lower *L, const AstExpr *e)
{
    return build_seq(L, IR_PY_SET, "update", "add", &e->v.Set.elts, e->loc);
}

/* (a, *b): a tuple whose length is only known at run time. */
ValueId lower_starred_tuple(Lower *L, const AstExpr *e)
{
    ValueId list = lower_build_list(L, &e->v.Seq.elts, e->loc);
    return lower_generic(L, IR_PY_BUILTIN, "tuple", &list, 1, e->loc);
}

/* {k: v, **m, k2: v2}: py.dict of the leading pairs, then update/setitem. */
ValueId lower_dict_display(Lower *L, const AstExpr *e)
{
    const AstExprList *ks = &e->v.Dict.keys, *vs = &e->v.Dict.values;
    ValVec head = {0};
    uint32_t i = 0;
    for (; i < ks->len && ks->items[i]; i++) {
        vec_push(&head, lower_expr(L, ks->items[i]));
        vec_push(&head, lower_expr(L, vs->items[i]));
    }
    ValueId acc = lower_generic(L, IR_PY_DICT, NULL, head.data, head.len, e->loc);
    vec_free(&head);
    for (; i < ks->len; i++) {
        if (!ks->items[i]) {
            method1(L, "update", acc, lower_expr(L, vs->items[i]), vs->items[i]->loc);
            continue;
        }
        ValueId kv[3] = {acc, lower_expr(L, ks->items[i]), lower_expr(L, vs->items[i])};
        lower_generic(L, IR_PY_SETITEM, NULL, kv, 3, ks->items[i]->loc);
    }
    return lv_bad(acc) || !ssa_live(L) ? lv_poison() : acc;
}

/* ---- subscripts ------------------------------------------------------------------ */

ValueId lower_index(Lower *L, const AstExpr *sl)
{
    if (sl->kind != AST_EXPR_Slice) return lower_expr(L, sl);
    const AstExpr *parts[3] = {sl->v.Slice.lower, sl->v.Slice.upper, sl->v.Slice.step};
    ValueId vs[3];
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            vs[i] = lower_expr(L, parts[i]);
        } else if (ssa_live(L)) {
            L->b.loc = sl->loc;
            vs[i] = ir_const_none(&L->b);
        } else {
            vs[i] = lv_poison();
        }
    }
    return lower_generic(L, IR_PY_SLICE, NULL, vs, 3, sl->loc);
}

/* t[k] of a typed tuple and a constant k: the element, typed. */
static ValueId tuple_item(Lower *L, const AstExpr *e, ValueId v, int64_t k)
{
    int64_t n = ir_type_nparams(L->m, ty(L, v));
    if (k < 0) k += n;
    if (k < 0 || k >= n) {
        lower_error(L, e->v.Subscript.slice->loc, "tuple index out of range");
        return lv_poison();
    }
    L->b.loc = e->loc;
    return ir_tuple_get(&L->b, v, (uint32_t)k);
}

ValueId lower_subscript(Lower *L, const AstExpr *e)
{
    const AstExpr *sl = e->v.Subscript.slice;
    ValueId v = lower_expr(L, e->v.Subscript.value);
    if (lv_bad(v)) return v;
    int64_t k;
    if (ir_type_kind(L->m, ty(L, v)) == TY_TUPLE && lower_int_literal(sl, &k)) return tuple_item(L, e, v, k);
    ValueId args[2] = {v, lower_index(L, sl)};
    return lower_generic(L, IR_PY_GETITEM, NULL, args, 2, e->loc);
}

/* ---- iteration ------------------------------------------------------------------- */

/* The one element type of a non-empty tuple type whose elements agree. */
static bool tuple_elem(Lower *L, TypeId t, TypeId *elem)
{
    uint32_t n = ir_type_nparams(L->m, t);
    if (ir_type_kind(L->m, t) != TY_TUPLE || n == 0) return false;
    *elem = ir_type_param(L->m, t, 0);
    for (uint32_t i = 1; i < n; i++)
        if (ir_type_param(L->m, t, i).id != elem->id) return false;
    return true;
}

ValueId lower_iter_of(Lower *L, ValueId src, TypeId *elem, SrcLoc loc)
{
    *elem = ir_type(IR_TYPE_UNKNOWN);
    if (lv_bad(src) || !ssa_live(L)) return lv_poison();
    TypeId t = ty(L, src);
    L->b.loc = loc;
    if (t.id == IR_TYPE_RANGE) {
        *elem = ir_type(IR_TYPE_INT);
        return ir_iter_new(&L->b, src);
    }
    if (tuple_elem(L, t, elem)) return ir_iter_new(&L->b, src);
    *elem = ir_type(IR_TYPE_UNKNOWN);
    /* iter[?] so that iter.next can take it; typeinfer refines the element */
    return ir_emit(&L->b, IR_PY_ITER, 0, &src, 1, ir_type_iter(L->m, *elem));
}

/* ---- comprehensions ---------------------------------------------------------------- */

typedef enum { SINK_LIST, SINK_SET, SINK_DICT, SINK_ANY, SINK_ALL } SinkKind;

/* Where the innermost loop body puts each element. */
typedef struct CompSink {
    SinkKind kind;
    ValueId acc;                 /* the list/set/dict being built */
    uint32_t join;               /* any/all: the block receiving the bool */
} CompSink;

static void sink_element(Lower *L, const AstExpr *e, CompSink *sink)
{
    if (sink->kind == SINK_DICT) {
        ValueId kv[3] = {sink->acc, lower_expr(L, e->v.DictComp.key), lower_expr(L, e->v.DictComp.value)};
        lower_generic(L, IR_PY_SETITEM, NULL, kv, 3, e->v.DictComp.key->loc);
        return;
    }
    const AstExpr *elt = e->v.Comp.elt;
    ValueId x = lower_expr(L, elt);
    if (sink->kind == SINK_LIST || sink->kind == SINK_SET) {
        method1(L, sink->kind == SINK_LIST ? "append" : "add", sink->acc, x, elt->loc);
        return;
    }
    /* any: the first truthy element answers True; all: the first falsy, False */
    ValueId c = lower_truth(L, x, elt->loc);
    if (!ssa_live(L)) return;
    L->b.loc = elt->loc;
    bool is_any = sink->kind == SINK_ANY;
    ValueId answer = ir_const_bool(&L->b, is_any);
    uint32_t next = ssa_block_new(L);
    if (is_any)
        ssa_condbr_args(L, c, sink->join, &answer, 1, next, NULL, 0);
    else
        ssa_condbr_args(L, c, next, NULL, 0, sink->join, &answer, 1);
    ssa_start(L, next, true);
}

static const AstComprehensionList *generators(const AstExpr *e)
{
    return e->kind == AST_EXPR_DictComp ? &e->v.DictComp.generators : &e->v.Comp.generators;
}

/* for target in src (if ...)*: the next clause or the element, as a loop. */
static void comp_clause(Lower *L, const AstExpr *e, uint32_t i, ValueId src, CompSink *sink)
{
    const AstComprehension *g = generators(e)->items[i];
    TypeId elem;
    ValueId it = lower_iter_of(L, src, &elem, g->iter->loc);
    if (!ssa_live(L)) return;
    Label exit = label_new();
    StrId hint = {IR_NONE_ID};
    if (g->target->kind == AST_EXPR_Name) hint = ir_intern_cstr(L->m, g->target->v.Name.id);
    LLoopHead h = lower_loop_enter(L, it, elem, hint, &exit, g->iter->loc);
    Label next = {h.header};
    lower_store(L, g->target, h.item, g->target->loc);
    for (uint32_t k = 0; k < g->ifs.len; k++) {
        Label pass = label_new();
        lower_cond(L, g->ifs.items[k], &pass, &next);
        ssa_bind(L, &pass);
    }
    if (i + 1 < generators(e)->len) {
        const AstComprehension *inner = generators(e)->items[i + 1];
        comp_clause(L, e, i + 1, lower_expr(L, inner->iter), sink);
    } else {
        sink_element(L, e, sink);
    }
    ssa_jump(L, &next);
    ssa_seal(L, h.header);
    ssa_bind(L, &exit);
}

typedef struct NameWalk {
    VEC(const AstExpr *) work;
} NameWalk;

static void walk_push(void *ctx, const AstExpr *child)
{
    NameWalk *w = ctx;
    vec_push(&w->work, child);
}

/* Binds every name of the comprehension's targets to a new variable that
 * only the comprehension sees (Python 3: its own scope). */
static void bind_comp_vars(Lower *L, const AstExpr *e)
{
    NameWalk w = {{0}};
    const AstComprehensionList *gs = generators(e);
    for (uint32_t i = 0; i < gs->len; i++) vec_push(&w.work, gs->items[i]->target);
    while (w.work.len) {
        const AstExpr *t = vec_pop(&w.work);
        if (t->kind == AST_EXPR_Name) {
            LCompVar cv = {t->v.Name.id, lower_var_hidden(L, t->v.Name.id)};
            vec_push(&L->comp_vars, cv);
        } else if (t->kind == AST_EXPR_Tuple || t->kind == AST_EXPR_List || t->kind == AST_EXPR_Starred) {
            lower_expr_children(t, walk_push, &w);
        }
    }
    vec_free(&w.work);
}

/* The loops of comprehension e feeding sink; the first iterable is
 * evaluated in the enclosing scope, the rest in the comprehension's. */
static bool comp_loops(Lower *L, const AstExpr *e, CompSink *sink)
{
    const AstComprehensionList *gs = generators(e);
    for (uint32_t i = 0; i < gs->len; i++)
        if (gs->items[i]->is_async) {
            lower_error(L, gs->items[i]->target->loc, "unsupported: asynchronous comprehension");
            return false;
        }
    ValueId src = lower_expr(L, gs->items[0]->iter);
    uint32_t saved = L->comp_vars.len;
    bind_comp_vars(L, e);
    comp_clause(L, e, 0, src, sink);
    L->comp_vars.len = saved;
    return !lv_bad(src);
}

static ValueId build_comprehension(Lower *L, const AstExpr *e, SinkKind kind)
{
    IrOp op = kind == SINK_LIST ? IR_PY_LIST : kind == SINK_SET ? IR_PY_SET : IR_PY_DICT;
    CompSink sink = {kind, lower_generic(L, op, NULL, NULL, 0, e->loc), IR_NONE_ID};
    if (lv_bad(sink.acc)) return sink.acc;
    if (!comp_loops(L, e, &sink) || !ssa_live(L)) return lv_poison();
    return sink.acc;
}

ValueId lower_comprehension(Lower *L, const AstExpr *e)
{
    SinkKind k = e->kind == AST_EXPR_ListComp ? SINK_LIST : e->kind == AST_EXPR_SetComp ? SINK_SET : SINK_DICT;
    return build_comprehension(L, e, k);
}

ValueId lower_genexp_list(Lower *L, const AstExpr *e) { return build_comprehension(L, e, SINK_LIST); }

ValueId lower_any_all(Lower *L, const AstExpr *genexp, bool is_any, SrcLoc loc)
{
    CompSink sink = {is_any ? SINK_ANY : SINK_ALL, lv_poison(), ssa_block_new(L)};
    bool ok = comp_loops(L, genexp, &sink);
    if (ssa_live(L)) {                           /* exhausted: any() is False, all() True */
        L->b.loc = loc;
        ValueId answer = ir_const_bool(&L->b, !is_any);
        ssa_goto(L, sink.join, &answer, 1);
    }
    ValueId r = ssa_block_param(L, sink.join, ir_type(IR_TYPE_BOOL), (StrId){IR_NONE_ID});
    ssa_bind(L, &(Label){sink.join});
    return ok && ssa_live(L) ? r : lv_poison();
}

/* ---- f-strings ----------------------------------------------------------------------- */

/* {value!conv:spec}: format(value, spec) after the conversion. */
static ValueId fstring_field(Lower *L, const AstExpr *f)
{
    const AstFormattedValue *fv = &f->v.FormattedValue;
    ValueId v = lower_expr(L, fv->value);
    if (fv->conversion == 'a') {
        lower_error(L, fv->value->loc, "unsupported: !a conversion in an f-string (ascii())");
        return lv_poison();
    }
    if (!lv_bad(v) && (fv->conversion == 'r' || fv->conversion == 's') && ssa_live(L)) {
        L->b.loc = f->loc;
        v = ir_unop(&L->b, fv->conversion == 'r' ? IR_TO_REPR : IR_TO_STR, v);
    }
    ValueId spec;
    if (fv->format_spec) {
        spec = lower_fstring(L, fv->format_spec);
    } else if (ssa_live(L)) {
        L->b.loc = f->loc;
        spec = ir_const_str(&L->b, "", 0);
    } else {
        spec = lv_poison();
    }
    if (lv_bad(v) || lv_bad(spec) || !ssa_live(L)) return lv_poison();
    ValueId args[2] = {v, spec};
    L->b.loc = f->loc;
    /* format() always gives a str: declared so, str.build takes it */
    return ir_emit(&L->b, IR_PY_FORMAT, 0, args, 2, ir_type(IR_TYPE_STR));
}

ValueId lower_fstring(Lower *L, const AstExpr *e)
{
    const AstExprList *parts = &e->v.JoinedStr.values;
    ValVec vs = {0};
    bool bad = false;
    for (uint32_t i = 0; i < parts->len; i++) {
        const AstExpr *p = parts->items[i];
        ValueId v = p->kind == AST_EXPR_FormattedValue ? fstring_field(L, p) : lower_expr(L, p);
        if (lv_bad(v)) bad = true;
        vec_push(&vs, v);
    }
    ValueId r = lv_poison();
    if (!bad && ssa_live(L)) {
        L->b.loc = e->loc;
        if (vs.len == 0) r = ir_const_str(&L->b, "", 0);
        else if (vs.len == 1) r = vs.data[0];
        else r = ir_emit(&L->b, IR_STR_BUILD, 0, vs.data, vs.len, ir_type(IR_TYPE_STR));
    }
    vec_free(&vs);
    return r;
}
