/* lower_stmt.c — statements: assignments (plain, annotated, augmented,
 * unpacking, subscript stores), del, assert, if/elif/else, while and for
 * (with else, break, continue), return, expression statements, and
 * `from typing import ...`; everything else is reported as unsupported at
 * its position.  Code after a return/break/continue, or
 * after a loop nothing leaves, is unreachable and is not lowered. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

static TypeId ty(Lower *L, ValueId v) { return lower_vtype(L, v); }

static void unsupported(Lower *L, SrcLoc loc, const char *what)
{
    lower_error(L, loc, "unsupported: %s", what);
}

/* ---- stores ------------------------------------------------------------------ */

static void int_for_float_hint(Lower *L, const AstExpr *value, TypeId got, TypeId want)
{
    if (!value || got.id != IR_TYPE_INT || want.id != IR_TYPE_FLOAT) return;
    const AstExpr *lit = value;
    bool neg = false;
    if (lit->kind == AST_EXPR_UnaryOp && lit->v.UnaryOp.op == AST_UNARY_USub) {
        lit = lit->v.UnaryOp.operand;
        neg = true;
    }
    if (lit->kind == AST_EXPR_Constant && lit->v.Constant.kind == AST_CONST_Int &&
        lit->v.Constant.v.i.base == 10)
        lower_note(L, value->loc, "CPython keeps the int %s%s here (it prints as %s%s); write %s%s.0 "
                   "for a float", neg ? "-" : "", lit->v.Constant.v.i.digits, neg ? "-" : "",
                   lit->v.Constant.v.i.digits, neg ? "-" : "", lit->v.Constant.v.i.digits);
    else
        lower_note(L, value->loc, "CPython keeps an int here; convert it with float()");
}

void lower_store_var(Lower *L, uint32_t vi, ValueId v, SrcLoc loc, const AstExpr *value)
{
    LVar *var = &L->vars.data[vi];
    SrcLoc at = value ? value->loc : loc;
    if (var->global != IR_NONE_ID) {
        if (lv_bad(v)) return;
        LGlobal *g = &L->globals.data[var->global];
        TypeId t = ty(L, v);
        if (!g->typed) {                             /* the first store types it */
            g->typed = true;
            g->type = t;
            g->type_loc = at;
            ir_global(L->m, g->id)->type = t;
        } else if (g->type.id != t.id && !lower_unknown(g->type) && (!g->annotated || !lower_unknown(t))) {
            /* values of several types: `?` in the next attempt (lower_module) */
            if (!g->annotated && lower_hint_global(L, var->global) && L->quiet) return;
            if (g->type.id == IR_TYPE_OBJECT) return;
            lower_error(L, at, "type mismatch: global '%s' is %s but assigned %s", g->name,
                        lower_type_name(L, g->type), lower_type_name(L, t));
            lower_note(L, g->type_loc, "'%s' gets its type here", g->name);
            int_for_float_hint(L, value, t, g->type);
            return;
        }
        L->b.loc = loc;
        ir_global_set(&L->b, g->id, v);
        return;
    }
    if (!lv_bad(v) && ir_valid(var->decl.id) && ty(L, v).id != var->decl.id && !lower_unknown(ty(L, v))) {
        lower_error(L, at, "type mismatch: '%s' is declared %s but assigned %s", var->name,
                    lower_type_name(L, var->decl), lower_type_name(L, ty(L, v)));
        lower_note(L, var->decl_loc, "'%s' is declared here", var->name);
        int_for_float_hint(L, value, ty(L, v), var->decl);
        v = lv_poison();
    }
    /* what the lowering cannot check (a `?` value, an annotation that is no
     * IR type) typeinfer checks */
    if (!lv_bad(v) && var->annot != IR_NONE_ID && ssa_live(L) &&
        (lower_unknown(ty(L, v)) || !ir_valid(var->decl.id))) {
        L->b.loc = at;
        ir_annot_check(&L->b, v, var->annot);
    }
    if (!lv_bad(v)) {
        IrValue *iv = ir_value(lower_irfn(L), v);
        if (!ir_valid(iv->name.id)) iv->name = var->sname;
    }
    ssa_write(L, vi, v, loc);
}

static uint32_t var_of(Lower *L, const AstExpr *name)
{
    return lower_var_find(L, name->v.Name.id);
}

/* a[i] = v */
static void store_subscript(Lower *L, const AstExpr *target, ValueId v)
{
    ValueId a = lower_expr(L, target->v.Subscript.value);
    ValueId i = lower_index(L, target->v.Subscript.slice);
    ValueId args[3] = {a, i, v};
    lower_generic(L, IR_PY_SETITEM, NULL, args, 3, target->loc);
}

/* The position of the one starred target, or IR_NONE_ID (a second one is
 * reported). */
static uint32_t starred_target(Lower *L, const AstExprList *el)
{
    uint32_t star = IR_NONE_ID;
    for (uint32_t i = 0; i < el->len; i++) {
        if (el->items[i]->kind != AST_EXPR_Starred) continue;
        if (star != IR_NONE_ID) lower_error(L, el->items[i]->loc, "multiple starred expressions in assignment");
        else star = i;
    }
    return star;
}

/* A tuple type of n `?` elements (what py.unpack yields before inference). */
static TypeId unknown_tuple(Lower *L, uint32_t n)
{
    VEC(TypeId) el = {0};
    for (uint32_t i = 0; i < n; i++) vec_push(&el, ir_type(IR_TYPE_UNKNOWN));
    TypeId t = ir_type_tuple(L->m, el.data, n);
    vec_free(&el);
    return t;
}

/* v unpacked at run time into the targets el: py.unpack n, or
 * py.unpack_ex (before << 16 | after) around a starred target. */
static ValueId unpack_generic(Lower *L, ValueId v, const AstExprList *el, uint32_t star, SrcLoc loc)
{
    if (!ssa_live(L)) return lv_poison();
    L->b.loc = loc;
    if (star == IR_NONE_ID)
        return ir_emit(&L->b, IR_PY_UNPACK, el->len, &v, 1, unknown_tuple(L, el->len));
    uint64_t before = star, after = el->len - star - 1;
    if (before > 0xffff || after > 0xffff) {
        lower_error(L, loc, "too many expressions in star-unpacking assignment");
        return lv_poison();
    }
    return ir_emit(&L->b, IR_PY_UNPACK_EX, before << 16 | after, &v, 1, unknown_tuple(L, el->len));
}

/* The value to unpack into el: a typed tuple of the right length as it
 * is, anything else through py.unpack(_ex). */
static ValueId unpack_source(Lower *L, ValueId v, const AstExprList *el, SrcLoc loc)
{
    uint32_t star = starred_target(L, el);
    if (lv_bad(v)) return v;
    TypeId t = ty(L, v);
    if (star == IR_NONE_ID && ir_type_kind(L->m, t) == TY_TUPLE) {
        uint32_t n = ir_type_nparams(L->m, t);
        if (n == el->len) return v;
        if (n > el->len)
            lower_error(L, loc, "too many values to unpack (expected %u)", el->len);
        else
            lower_error(L, loc, "not enough values to unpack (expected %u, got %u)", el->len, n);
        return lv_poison();
    }
    if (lower_is_num(t) || t.id == IR_TYPE_NONE) {
        lower_error(L, loc, "cannot unpack non-iterable %s object", lower_pyname(L, t));
        return lv_poison();
    }
    return unpack_generic(L, v, el, star, loc);
}

/* Stores v (or poison) into an assignment target: a name or a tuple/list
 * of targets (unpacking a tuple value element by element). */
void lower_store(Lower *L, const AstExpr *target, ValueId v, SrcLoc loc)
{
    switch (target->kind) {
    case AST_EXPR_Name: {
        uint32_t vi = var_of(L, target);
        if (vi != IR_NONE_ID) lower_store_var(L, vi, v, target->loc, NULL);
        return;
    }
    case AST_EXPR_Tuple: case AST_EXPR_List: {
        const AstExprList *el = &target->v.Seq.elts;
        ValueId src = unpack_source(L, v, el, loc);
        for (uint32_t i = 0; i < el->len; i++) {
            ValueId x = lv_poison();
            if (!lv_bad(src) && ssa_live(L)) {
                L->b.loc = el->items[i]->loc;
                x = ir_tuple_get(&L->b, src, i);
            }
            const AstExpr *t = el->items[i];
            lower_store(L, t->kind == AST_EXPR_Starred ? t->v.Starred.value : t, x, loc);
        }
        return;
    }
    case AST_EXPR_Attribute: unsupported(L, target->loc, "attribute assignment"); return;
    case AST_EXPR_Subscript: store_subscript(L, target, v); return;
    case AST_EXPR_Starred:
        lower_error(L, target->loc, "starred assignment target must be in a list or tuple");
        return;
    default: lower_error(L, target->loc, "cannot assign to expression"); return;
    }
}

/* Whether the module-level statement is the initialiser a global was
 * given (has_init): then it is not executed again. */
static bool is_global_init(Lower *L, const AstStmt *s, const AstExpr *target)
{
    if (!L->is_module || target->kind != AST_EXPR_Name) return false;
    uint32_t vi = var_of(L, target);
    if (vi == IR_NONE_ID || L->vars.data[vi].global == IR_NONE_ID) return false;
    return L->globals.data[L->vars.data[vi].global].init_stmt == s;
}

/* t1 = t2 = ... = value;  a, b = x, y evaluates the whole right side first. */
static void lower_assign(Lower *L, const AstStmt *s)
{
    const AstAssign *a = &s->v.Assign;
    if (a->targets.len == 1 && is_global_init(L, s, a->targets.items[0])) return;
    const AstExpr *t0 = a->targets.items[0];
    if (a->targets.len == 1 && a->value->kind == AST_EXPR_Tuple &&
        (t0->kind == AST_EXPR_Tuple || t0->kind == AST_EXPR_List) &&
        t0->v.Seq.elts.len == a->value->v.Seq.elts.len) {
        const AstExprList *vs = &a->value->v.Seq.elts, *ts = &t0->v.Seq.elts;
        bool plain = true;
        for (uint32_t i = 0; i < vs->len; i++)
            if (vs->items[i]->kind == AST_EXPR_Starred || ts->items[i]->kind == AST_EXPR_Starred)
                plain = false;
        if (plain) {
            ValueId *vals = arena_alloc(&L->arena, sizeof *vals * (vs->len + 1));
            for (uint32_t i = 0; i < vs->len; i++) vals[i] = lower_expr(L, vs->items[i]);
            for (uint32_t i = 0; i < vs->len && ssa_live(L); i++) {
                if (ts->items[i]->kind == AST_EXPR_Name) {
                    uint32_t vi = var_of(L, ts->items[i]);
                    if (vi != IR_NONE_ID) lower_store_var(L, vi, vals[i], ts->items[i]->loc, vs->items[i]);
                } else {
                    lower_store(L, ts->items[i], vals[i], ts->items[i]->loc);
                }
            }
            return;
        }
    }
    ValueId v = lower_expr(L, a->value);
    for (uint32_t i = 0; i < a->targets.len && ssa_live(L); i++) {
        const AstExpr *t = a->targets.items[i];
        if (t->kind == AST_EXPR_Name) {
            uint32_t vi = var_of(L, t);
            if (vi != IR_NONE_ID) lower_store_var(L, vi, v, t->loc, a->value);
        } else {
            lower_store(L, t, v, t->loc);
        }
    }
}

/* target: annotation [= value] */
static void lower_annassign(Lower *L, const AstStmt *s)
{
    const AstAnnAssign *a = &s->v.AnnAssign;
    if (a->target->kind == AST_EXPR_Attribute) {
        unsupported(L, a->target->loc, "annotated attribute");
        return;
    }
    if (a->target->kind != AST_EXPR_Name) {
        unsupported(L, a->target->loc, "annotated subscript");
        return;
    }
    if (!a->value || is_global_init(L, s, a->target)) return;
    ValueId v = lower_expr(L, a->value);
    uint32_t vi = var_of(L, a->target);
    if (vi != IR_NONE_ID && ssa_live(L)) lower_store_var(L, vi, v, a->target->loc, a->value);
}

/* old op= rhs: typed scalars as old op rhs; a `?` (maybe a list or set,
 * which change in place) through py.inplace. */
static ValueId inplace(Lower *L, AstOperator op, ValueId old, ValueId rhs, const AstExpr *right, SrcLoc loc)
{
    if (lv_bad(old) || lv_bad(rhs) || !lower_unknown(ty(L, old)))
        return lower_arith(L, op, old, rhs, right, loc);
    IrBinop bop = lower_binop_of(op);
    if (bop == IR_BINOP_COUNT) return lower_arith(L, op, old, rhs, right, loc);   /* reports @ */
    L->b.loc = loc;
    return ir_py_op(&L->b, IR_PY_INPLACE, bop, old, rhs);
}

/* a[i] op= v: a and i evaluated once. */
static void augassign_subscript(Lower *L, const AstStmt *s)
{
    const AstAugAssign *a = &s->v.AugAssign;
    const AstExpr *t = a->target;
    ValueId obj = lower_expr(L, t->v.Subscript.value);
    ValueId idx = lower_index(L, t->v.Subscript.slice);
    ValueId get[2] = {obj, idx};
    ValueId old = lower_generic(L, IR_PY_GETITEM, NULL, get, 2, t->loc);
    ValueId rhs = lower_expr(L, a->value);
    ValueId set[3] = {obj, idx, inplace(L, a->op, old, rhs, a->value, s->loc)};
    lower_generic(L, IR_PY_SETITEM, NULL, set, 3, t->loc);
}

/* target op= value: reads the target first, then evaluates value. */
static void lower_augassign(Lower *L, const AstStmt *s)
{
    const AstAugAssign *a = &s->v.AugAssign;
    if (a->target->kind == AST_EXPR_Subscript) {
        augassign_subscript(L, s);
        return;
    }
    if (a->target->kind != AST_EXPR_Name) {
        unsupported(L, a->target->loc, "augmented attribute assignment");
        return;
    }
    ValueId old = lower_name_load(L, a->target);
    ValueId rhs = lower_expr(L, a->value);
    ValueId v = inplace(L, a->op, old, rhs, a->value, s->loc);
    uint32_t vi = var_of(L, a->target);
    if (vi != IR_NONE_ID && ssa_live(L)) lower_store_var(L, vi, v, a->target->loc, NULL);
}

/* del target, ...: subscripts through py.delitem; a local name becomes
 * unbound (a later read is reported as maybe unbound). */
static void lower_delete(Lower *L, const AstStmt *s)
{
    const AstExprList *ts = &s->v.Delete.targets;
    for (uint32_t i = 0; i < ts->len && ssa_live(L); i++) {
        const AstExpr *t = ts->items[i];
        if (t->kind == AST_EXPR_Subscript) {
            ValueId args[2] = {lower_expr(L, t->v.Subscript.value), lower_index(L, t->v.Subscript.slice)};
            lower_generic(L, IR_PY_DELITEM, NULL, args, 2, t->loc);
        } else if (t->kind == AST_EXPR_Name && var_of(L, t) != IR_NONE_ID &&
                   L->vars.data[var_of(L, t)].global == IR_NONE_ID) {
            lower_name_load(L, t);                   /* NameError when unbound */
            ssa_write(L, var_of(L, t), (ValueId){LV_UNDEF}, t->loc);
        } else if (t->kind == AST_EXPR_Tuple || t->kind == AST_EXPR_List) {
            AstStmt sub = *s;
            sub.v.Delete.targets = t->v.Seq.elts;
            lower_delete(L, &sub);
        } else {
            unsupported(L, t->loc, t->kind == AST_EXPR_Name ? "del of a global variable" : "del of this target");
        }
    }
}

/* assert test[, msg]: a failure calls the runtime's assert_fail (raising
 * AssertionError) and does not return. */
static void lower_assert(Lower *L, const AstStmt *s)
{
    Label ok = label_new(), fail = label_new();
    lower_cond(L, s->v.Assert.test, &ok, &fail);
    ssa_bind(L, &fail);
    if (ssa_live(L)) {
        ValueId msg = s->v.Assert.msg ? lower_expr(L, s->v.Assert.msg) : lv_poison();
        lower_generic(L, IR_PY_BUILTIN, "assert_fail", &msg, s->v.Assert.msg ? 1 : 0, s->loc);
        ssa_unreachable(L);
    }
    ssa_bind(L, &ok);
}

/* Whether the statement is `import typing` (without `as`). */
static bool imports_typing(const AstStmt *s)
{
    const AstAliasList *names = &s->v.Import.names;
    for (uint32_t i = 0; i < names->len; i++)
        if (strcmp(names->items[i]->name, "typing") != 0 || names->items[i]->asname) return false;
    return true;
}

/* from typing import ... and import typing: annotations only, no code.
 * Other imports are not supported yet. */
static void lower_import(Lower *L, const AstStmt *s)
{
    if (s->kind == AST_STMT_ImportFrom && s->v.ImportFrom.level == 0 && s->v.ImportFrom.module &&
        strcmp(s->v.ImportFrom.module, "typing") == 0)
        return;
    if (s->kind == AST_STMT_Import && imports_typing(s)) return;
    if (s->kind == AST_STMT_ImportFrom) {
        const char *mod = s->v.ImportFrom.module ? s->v.ImportFrom.module : ".";
        lower_error(L, s->loc, "unsupported: import from module '%s'", mod);
        return;
    }
    lower_error(L, s->loc, "unsupported: import of module '%s'", s->v.Import.names.items[0]->name);
}

/* ---- control flow ----------------------------------------------------------------- */

static void lower_body_nested(Lower *L, const AstStmtList *body)
{
    L->nest++;
    lower_stmts(L, body);
    L->nest--;
}

/* if test: body (elif test: body)* [else: body] — elif chains iteratively. */
static void lower_if(Lower *L, const AstStmt *s)
{
    Label join = label_new();
    for (;;) {
        Label t = label_new(), f = label_new();
        const AstStmtList *orelse = &s->v.If.orelse;
        lower_cond(L, s->v.If.test, &t, orelse->len ? &f : &join);
        ssa_bind(L, &t);
        lower_body_nested(L, &s->v.If.body);
        ssa_jump(L, &join);
        if (!orelse->len) break;
        ssa_bind(L, &f);
        if (orelse->len == 1 && orelse->items[0]->kind == AST_STMT_If) {
            s = orelse->items[0];
            L->b.loc = s->loc;
            continue;
        }
        lower_body_nested(L, orelse);
        ssa_jump(L, &join);
        break;
    }
    ssa_bind(L, &join);
}

static void loop_body(Lower *L, const AstStmtList *body, Label *brk, Label *cont)
{
    vec_push(&L->loops, ((LLoop){brk, cont}));
    lower_body_nested(L, body);
    ssa_jump(L, cont);
    L->loops.len--;
}

/* while test: body [else: orelse] */
static void lower_while(Lower *L, const AstStmt *s)
{
    const AstWhile *w = &s->v.While;
    Label exit = label_new(), body = label_new(), orelse = label_new();
    Label header = {ssa_block_new(L)};
    ssa_goto(L, header.blk, NULL, 0);
    ssa_start(L, header.blk, false);
    lower_cond(L, w->test, &body, w->orelse.len ? &orelse : &exit);
    ssa_bind(L, &body);
    loop_body(L, &w->body, &exit, &header);
    ssa_seal(L, header.blk);
    if (w->orelse.len) {
        ssa_bind(L, &orelse);
        lower_body_nested(L, &w->orelse);
        ssa_jump(L, &exit);
    }
    ssa_bind(L, &exit);
}

/* Whether the loop body surely runs at least once: a tuple (its length is
 * in its type) or range() of literals that is not empty. */
static bool surely_nonempty(Lower *L, const AstExpr *iter, TypeId t)
{
    if (ir_type_kind(L->m, t) == TY_TUPLE) return ir_type_nparams(L->m, t) > 0;
    if (iter->kind != AST_EXPR_Call || iter->v.Call.func->kind != AST_EXPR_Name ||
        strcmp(iter->v.Call.func->v.Name.id, "range") != 0 ||
        lower_var_find(L, "range") != IR_NONE_ID ||
        lower_smap_get(&L->func_map, "range") != IR_NONE_ID)
        return false;
    const AstExprList *a = &iter->v.Call.args;
    int64_t v[3] = {0, 0, 1};
    if (a->len < 1 || a->len > 3) return false;
    for (uint32_t i = 0; i < a->len; i++)
        if (!lower_int_literal(a->items[i], &v[a->len == 1 ? 1 : i])) return false;
    return v[2] > 0 ? v[0] < v[1] : v[2] < 0 && v[0] > v[1];
}

LLoopHead lower_loop_enter(Lower *L, ValueId it, TypeId elem, StrId hint, Label *out, SrcLoc loc)
{
    LLoopHead h;
    h.header = ssa_block_new(L);
    ssa_goto(L, h.header, NULL, 0);
    ssa_start(L, h.header, false);
    h.body = ssa_block_new(L);
    uint32_t exit = ssa_label_block(L, out);
    h.item = lv_poison();
    L->b.loc = loc;
    if (!lv_bad(it)) {
        h.item = ir_block_add_param(&L->b, (BlockId){h.body}, elem, hint);
        L->blocks.data[h.body].item = h.item.id;
        ssa_iter_next(L, it, h.body, exit);
    } else {
        ssa_condbr(L, lv_poison(), h.body, exit);
    }
    ssa_start(L, h.body, true);
    return h;
}

/* for target in iter: body [else: orelse]   (a range or tuple typed, the
 * rest through py.iter) */
static void lower_for(Lower *L, const AstStmt *s)
{
    const AstFor *fo = &s->v.For;
    ValueId src = lower_expr(L, fo->iter);
    if (!ssa_live(L)) return;
    TypeId elem;
    ValueId it = lower_iter_of(L, src, &elem, s->loc);
    Label exit = label_new(), orelse = label_new();
    StrId hint = {IR_NONE_ID};
    if (fo->target->kind == AST_EXPR_Name) hint = ir_intern_cstr(L->m, fo->target->v.Name.id);
    LLoopHead h = lower_loop_enter(L, it, elem, hint, fo->orelse.len ? &orelse : &exit, s->loc);
    L->blocks.data[h.header].nonempty_loop = !lv_bad(it) && surely_nonempty(L, fo->iter, ty(L, src));
    lower_store(L, fo->target, h.item, fo->target->loc);
    loop_body(L, &fo->body, &exit, &(Label){h.header});
    ssa_seal(L, h.header);
    if (fo->orelse.len) {
        ssa_bind(L, &orelse);
        lower_body_nested(L, &fo->orelse);
        ssa_jump(L, &exit);
    }
    ssa_bind(L, &exit);
}

static void lower_return(Lower *L, const AstStmt *s)
{
    if (L->is_module) {
        lower_error(L, s->loc, "'return' outside function");
        return;
    }
    const AstExpr *e = s->v.Return.value;
    ValueId v;
    if (e) {
        v = lower_expr(L, e);
    } else {
        L->b.loc = s->loc;
        v = ir_const_none(&L->b);
    }
    if (!ssa_live(L)) return;
    TypeId want = L->fn->ret;
    if (!lv_bad(v) && L->fn->sig_ok && ty(L, v).id != want.id &&
               !lower_unknown(want) && !lower_unknown(ty(L, v))) {
        SrcLoc at = e ? e->loc : s->loc;
        lower_error(L, at, "%s() must return %s, not %s", L->fn->name, lower_type_an(L, want),
                    lower_type_an(L, ty(L, v)));
        lower_note(L, L->fn->ret_loc, "the return type is declared here");
        int_for_float_hint(L, e, ty(L, v), want);
    }
    ssa_ret(L, v, s->loc);
}

static void lower_jump(Lower *L, const AstStmt *s, bool is_break)
{
    if (!L->loops.len) {
        lower_error(L, s->loc, "'%s' outside loop", is_break ? "break" : "continue");
        return;
    }
    LLoop *lp = &vec_last(&L->loops);
    ssa_jump(L, is_break ? lp->brk : lp->cont);
}

/* The name a rejected def or class binds holds a poisoned value, so its
 * uses report nothing more. */
static void bind_rejected(Lower *L, const char *name, SrcLoc loc)
{
    uint32_t vi = lower_var_find(L, name);
    if (vi != IR_NONE_ID && L->vars.data[vi].global == IR_NONE_ID) ssa_write(L, vi, lv_poison(), loc);
}

static void lower_stmt(Lower *L, const AstStmt *s)
{
    L->b.loc = s->loc;
    switch (s->kind) {
    case AST_STMT_FunctionDef:
        if (L->is_module && L->nest == 0) return;   /* declared up front */
        unsupported(L, s->loc, L->is_module ? "function definition inside a statement"
                                            : "nested function definition");
        bind_rejected(L, s->v.FunctionDef.name, s->loc);
        return;
    case AST_STMT_AsyncFunctionDef:
        if (L->is_module && L->nest == 0) return;   /* reported when declared */
        unsupported(L, s->loc, "async function definition");
        bind_rejected(L, s->v.FunctionDef.name, s->loc);
        return;
    case AST_STMT_ClassDef:
        unsupported(L, s->loc, "class definition");
        bind_rejected(L, s->v.ClassDef.name, s->loc);
        return;
    case AST_STMT_Return: lower_return(L, s); return;
    case AST_STMT_Delete: lower_delete(L, s); return;
    case AST_STMT_Assign: lower_assign(L, s); return;
    case AST_STMT_AugAssign: lower_augassign(L, s); return;
    case AST_STMT_AnnAssign: lower_annassign(L, s); return;
    case AST_STMT_For: lower_for(L, s); return;
    case AST_STMT_AsyncFor: unsupported(L, s->loc, "async for loop"); return;
    case AST_STMT_While: lower_while(L, s); return;
    case AST_STMT_If: lower_if(L, s); return;
    case AST_STMT_With: unsupported(L, s->loc, "with statement"); return;
    case AST_STMT_AsyncWith: unsupported(L, s->loc, "async with statement"); return;
    case AST_STMT_Match: unsupported(L, s->loc, "match statement"); return;
    case AST_STMT_Raise: unsupported(L, s->loc, "raise statement"); return;
    case AST_STMT_Try: case AST_STMT_TryStar: unsupported(L, s->loc, "try statement"); return;
    case AST_STMT_Assert: lower_assert(L, s); return;
    case AST_STMT_Import: case AST_STMT_ImportFrom: lower_import(L, s); return;
    case AST_STMT_Global: return;                   /* resolved when the scope was built */
    case AST_STMT_Nonlocal: unsupported(L, s->loc, "nonlocal declaration"); return;
    case AST_STMT_Expr: {
        const AstExpr *e = s->v.Expr.value;
        if (e->kind == AST_EXPR_Constant && e->v.Constant.kind != AST_CONST_Int) {
            if (e->v.Constant.kind == AST_CONST_Complex || e->v.Constant.kind == AST_CONST_Bytes)
                lower_expr(L, e);                   /* reports it */
            return;                                 /* a docstring or a bare constant */
        }
        if (e->kind == AST_EXPR_Call) {
            if (lower_depth_enter(L, e->loc)) {
                lower_call(L, e, false);
                lower_depth_leave(L);
            }
        } else {
            lower_expr(L, e);
        }
        return;
    }
    case AST_STMT_Pass: return;
    case AST_STMT_Break: lower_jump(L, s, true); return;
    case AST_STMT_Continue: lower_jump(L, s, false); return;
    default: unsupported(L, s->loc, "statement"); return;
    }
}

void lower_stmts(Lower *L, const AstStmtList *body)
{
    for (uint32_t i = 0; i < body->len && ssa_live(L); i++) lower_stmt(L, body->items[i]);
}
