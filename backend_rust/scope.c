/* scope.c — where each named value is declared.
 *
 * A value is declared where the tree prints its definition: a `let` in its
 * block's code, a block's variables at its RS_DECL, a loop item in the
 * `for`/`if let` pattern.  The structurer may print a use outside that
 * lexical scope (a loop exit placed after the loop reads a value of the loop
 * body).  Such a value is hoisted: an RS_HOIST statement declares it
 * (`let name: T;`) in the innermost scope holding its definition and every
 * use, and the definition assigns it.  The definition dominates every use
 * (SSA), so Rust's definite-initialisation analysis accepts the result.  It
 * is `mut` when a loop lies between that scope and the definition: it is
 * then assigned once per iteration. */
#include "backend_rust/rs_impl.h"

#include <stdlib.h>

typedef struct Scope {
    uint32_t parent;         /* IR_NONE_ID for the function body */
    uint32_t depth;
    RsStmt *owner;           /* the statement whose body or else-arm this is */
    RsList *list;
} Scope;

typedef struct ScopeCtx {
    RsFn *fn;
    VEC(Scope) scopes;
    uint32_t *def_scope;     /* per value: the scope of its declaration */
    uint32_t *use_scope;     /* per value: innermost scope holding every use */
} ScopeCtx;

static uint32_t scope_new(ScopeCtx *c, uint32_t parent, RsStmt *owner, RsList *list)
{
    Scope s = { parent, ir_valid(parent) ? c->scopes.data[parent].depth + 1 : 0, owner, list };
    vec_push(&c->scopes, s);
    return c->scopes.len - 1;
}

static uint32_t lca(ScopeCtx *c, uint32_t a, uint32_t b)
{
    if (!ir_valid(a)) return b;
    if (!ir_valid(b)) return a;
    while (c->scopes.data[a].depth > c->scopes.data[b].depth) a = c->scopes.data[a].parent;
    while (c->scopes.data[b].depth > c->scopes.data[a].depth) b = c->scopes.data[b].parent;
    while (a != b) {
        a = c->scopes.data[a].parent;
        b = c->scopes.data[b].parent;
    }
    return a;
}

/* v's expression is printed in scope sc: record the named values it reads. */
static void read_value(ScopeCtx *c, uint32_t v, uint32_t sc)
{
    RsFn *fn = c->fn;
    uint32_t r = fn->alias[v];
    switch (fn->vkind[r]) {
    case RS_V_INLINE: case RS_V_FORITER: {
        InstId i = { fn->f->values.data[r].owner };
        const uint32_t *a = ir_inst_args(fn->f, i);
        uint32_t n = ir_inst_nargs(fn->f, i);
        for (uint32_t k = 0; k < n; k++) read_value(c, a[k], sc);
        return;
    }
    case RS_V_LET: case RS_V_VAR: case RS_V_ITEM:
        c->use_scope[r] = lca(c, c->use_scope[r], sc);
        return;
    default:
        return;
    }
}

static void walk(ScopeCtx *c, RsList *l, uint32_t sc);

static void walk_code(ScopeCtx *c, uint32_t b, uint32_t sc)
{
    RsFn *fn = c->fn;
    IrBlock *blk = ir_block(fn->f, (BlockId){b});
    for (uint32_t k = 0; k < blk->insts.len; k++) {
        InstId i = blk->insts.data[k];
        IrInst *in = ir_inst(fn->f, i);
        if (ir_op_flags((IrOp)in->op) & IR_TERM) break;
        uint32_t r = in->result;
        if (r != IR_NONE_ID && fn->vkind[r] != RS_V_LET) continue;   /* printed where it is used */
        if (r != IR_NONE_ID) c->def_scope[r] = sc;
        const uint32_t *a = ir_inst_args(fn->f, i);
        uint32_t n = ir_inst_nargs(fn->f, i);
        for (uint32_t j = 0; j < n; j++) read_value(c, a[j], sc);
    }
}

static void walk_copy(ScopeCtx *c, RsStmt *s, uint32_t sc)
{
    RsFn *fn = c->fn;
    IrEdge e = ir_term_succ(fn->f, ir_block_term(fn->f, (BlockId){s->block}), s->succ);
    IrBlock *t = ir_block(fn->f, e.target);
    for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++) {
        uint32_t p = t->params.data[k].id;
        if (fn->vkind[p] == RS_V_VAR && fn->alias[e.args[k]] != p) read_value(c, e.args[k], sc);
    }
}

/* The loop item bound by the pattern of header h's `for` or `if let`. */
static uint32_t loop_item(RsFn *fn, uint32_t h)
{
    IrEdge e = ir_term_succ(fn->f, ir_block_term(fn->f, (BlockId){h}), 0);
    IrBlock *t = ir_block(fn->f, e.target);
    if (t->params.len != e.nargs + 1) return IR_NONE_ID;
    uint32_t item = t->params.data[e.nargs].id;
    return fn->vkind[item] == RS_V_ITEM && fn->live[item] ? item : IR_NONE_ID;
}

static void walk(ScopeCtx *c, RsList *l, uint32_t sc)
{
    RsFn *fn = c->fn;
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        switch (s->kind) {
        case RS_CODE:
            walk_code(c, s->block, sc);
            break;
        case RS_DECL: {
            IrBlock *b = ir_block(fn->f, (BlockId){s->block});
            for (uint32_t k = 0; k < b->params.len; k++)
                if (fn->vkind[b->params.data[k].id] == RS_V_VAR) c->def_scope[b->params.data[k].id] = sc;
            break;
        }
        case RS_COPY:
            walk_copy(c, s, sc);
            break;
        case RS_IF: case RS_IFNEXT: case RS_WHILE: case RS_FOR: case RS_RETURN:
            read_value(c, s->value, sc);
            break;
        default:
            break;
        }
        if (s->kind == RS_IF || s->kind == RS_IFNEXT || s->kind == RS_LOOP || s->kind == RS_WHILE ||
            s->kind == RS_FOR || s->kind == RS_BLOCK) {
            uint32_t body = scope_new(c, sc, s, &s->body);
            if (s->kind == RS_IFNEXT || s->kind == RS_FOR) {
                uint32_t item = loop_item(fn, s->block);
                if (ir_valid(item)) c->def_scope[item] = body;
            }
            walk(c, &s->body, body);
            if (s->kind == RS_IF || s->kind == RS_IFNEXT) walk(c, &s->els, scope_new(c, sc, s, &s->els));
        }
    }
}

static bool is_loop(const RsStmt *s)
{
    return s->kind == RS_LOOP || s->kind == RS_WHILE || s->kind == RS_FOR;
}

void rs_scope_values(RsFn *fn)
{
    ScopeCtx c = { fn, {0}, NULL, NULL };
    c.def_scope = xmalloc(sizeof(uint32_t) * (fn->nvals + 1));
    c.use_scope = xmalloc(sizeof(uint32_t) * (fn->nvals + 1));
    for (uint32_t v = 0; v < fn->nvals; v++) c.def_scope[v] = c.use_scope[v] = IR_NONE_ID;
    walk(&c, &fn->body, scope_new(&c, IR_NONE_ID, NULL, &fn->body));
    for (uint32_t v = 0; v < fn->nvals; v++) {
        uint32_t d = c.def_scope[v];
        if (!ir_valid(d) || !ir_valid(c.use_scope[v])) continue;
        uint32_t at = lca(&c, d, c.use_scope[v]);
        if (at == d) continue;
        /* the child of `at` on the way to d, and whether a loop lies between */
        uint32_t x = d;
        bool in_loop = false;
        for (; c.scopes.data[x].parent != at; x = c.scopes.data[x].parent)
            in_loop |= is_loop(c.scopes.data[x].owner);
        RsStmt *owner = c.scopes.data[x].owner;
        in_loop |= is_loop(owner);
        RsList *l = c.scopes.data[at].list;
        uint32_t pos = 0;
        while (pos < l->len && l->data[pos] != owner) pos++;
        if (pos == l->len) continue;   /* cannot happen: owner is in its parent's list */
        RsStmt *h = arena_zalloc(&fn->arena, sizeof *h);
        h->kind = RS_HOIST;
        h->block = owner->block;
        h->value = v;
        h->succ = h->follow = IR_NONE_ID;
        vec_push(l, h);
        for (uint32_t k = l->len - 1; k > pos; k--) l->data[k] = l->data[k - 1];
        l->data[pos] = h;
        fn->hoisted[v] = true;
        fn->needs_mut[v] |= in_loop;
    }
    vec_free(&c.scopes);
    free(c.def_scope);
    free(c.use_scope);
}
