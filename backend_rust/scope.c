/* scope.c — where each Rust variable is declared, and whether it is `mut`.
 *
 * A variable is a class of coalesced values (fn->var[], coalesce.c); most
 * hold one value.  Each member has a natural declaration: a `let` at its
 * definition, its block's RS_DECL for a block parameter, the `for`/`if let`
 * pattern for a loop item, the signature for a function parameter.  The
 * variable is declared at the natural declaration printed first when that
 * lies in the innermost scope holding every definition and use of every
 * member; the other members assign it.  Otherwise (a loop exit placed after
 * the loop reads a value of the loop body, say) an RS_HOIST declares it,
 * `let name: T;`, in that innermost scope before the statement holding the
 * first of them, and every member assigns it.  Each use of a member is
 * dominated by the member's definition (SSA), so Rust's
 * definite-initialisation analysis accepts the result.  The variable is
 * `mut` exactly when one of its assignments can follow another (or itself)
 * without leaving the scope of the declaration: the question rustc asks. */
#include "backend_rust/rs_impl.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct Scope {
    uint32_t parent;         /* IR_NONE_ID for the function body */
    uint32_t depth;
    RsStmt *owner;           /* the statement whose body or else-arm this is */
    RsList *list;
} Scope;

typedef struct VarInfo {     /* per class representative */
    uint32_t lca;            /* innermost scope holding every event; IR_NONE_ID: no event */
    uint32_t first_scope;    /* scope of the first event in print order */
    RsStmt *first_stmt;      /* its statement in that scope (NULL: the scope's start) */
    uint32_t first_decl;     /* the member naturally declared by that event, or IR_NONE_ID */
    bool only_decls;         /* every event so far is a block's RS_DECL */
} VarInfo;

/* An assignment of a variable: before instruction pos of block (-1: at the
 * block's start), or on the edge block -> to after the block's code. */
typedef struct Site {
    uint32_t block;
    int32_t pos;
    uint32_t to;             /* IR_NONE_ID unless on an edge */
} Site;

typedef struct ScopeCtx {
    RsFn *fn;
    VEC(Scope) scopes;
    VarInfo *info;
    bool *seen;              /* per value: a member with an event */
    uint32_t *next;          /* per value: next member of its class */
    uint32_t *head;          /* per representative: first member */
    /* reachability for `mut` */
    bool *blocked;           /* per block: a loop header around the declaration */
    uint32_t *mark, stamp;
    uint32_t *stack;
    VEC(Site) sites;
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

/* Member v is defined, declared (decl) or read in statement stmt of scope sc;
 * events come in print order.  A block's RS_DECL that only declares gives
 * way to a later `let` in the same scope: `let mut t = a; if t { t = b; }`. */
static void event(ScopeCtx *c, uint32_t v, uint32_t sc, RsStmt *stmt, bool decl)
{
    VarInfo *in = &c->info[c->fn->var[v]];
    bool block_decl = stmt && stmt->kind == RS_DECL;
    if (!ir_valid(in->lca) || (in->only_decls && !block_decl && decl && sc == in->first_scope)) {
        in->first_scope = sc;
        in->first_stmt = stmt;
        in->first_decl = decl ? v : IR_NONE_ID;
        in->only_decls = block_decl;
    } else if (!block_decl) {
        in->only_decls = false;
    }
    in->lca = lca(c, in->lca, sc);
    c->seen[v] = true;
}

/* v's expression is printed in statement s of scope sc: record the variables it reads. */
static void read_value(ScopeCtx *c, uint32_t v, uint32_t sc, RsStmt *s)
{
    RsFn *fn = c->fn;
    uint32_t r = fn->alias[v];
    switch (fn->vkind[r]) {
    case RS_V_INLINE: case RS_V_FORITER: {
        InstId i = { fn->f->values.data[r].owner };
        const uint32_t *a = ir_inst_args(fn->f, i);
        uint32_t n = ir_inst_nargs(fn->f, i);
        for (uint32_t k = 0; k < n; k++) read_value(c, a[k], sc, s);
        return;
    }
    case RS_V_LET: case RS_V_VAR: case RS_V_ITEM: case RS_V_PARAM:
        event(c, r, sc, s, false);
        return;
    default:
        return;
    }
}

static void walk(ScopeCtx *c, RsList *l, uint32_t sc);

static void walk_code(ScopeCtx *c, RsStmt *s, uint32_t sc)
{
    RsFn *fn = c->fn;
    IrBlock *blk = ir_block(fn->f, (BlockId){s->block});
    for (uint32_t k = 0; k < blk->insts.len; k++) {
        InstId i = blk->insts.data[k];
        IrInst *in = ir_inst(fn->f, i);
        if (ir_op_flags((IrOp)in->op) & IR_TERM) break;
        uint32_t r = in->result;
        if (r != IR_NONE_ID && fn->vkind[r] != RS_V_LET) continue;   /* printed where it is used */
        const uint32_t *a = ir_inst_args(fn->f, i);
        uint32_t n = ir_inst_nargs(fn->f, i);
        for (uint32_t j = 0; j < n; j++) read_value(c, a[j], sc, s);
        if (r != IR_NONE_ID && fn->uses[r] > 0) event(c, r, sc, s, true);
    }
}

static void walk_copy(ScopeCtx *c, RsStmt *s, uint32_t sc)
{
    RsFn *fn = c->fn;
    IrEdge e = ir_term_succ(fn->f, ir_block_term(fn->f, (BlockId){s->block}), s->succ);
    IrBlock *t = ir_block(fn->f, e.target);
    for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++) {
        uint32_t p = t->params.data[k].id;
        if (!rs_copy_needed(fn, e.args[k], p)) continue;
        read_value(c, e.args[k], sc, s);
        event(c, p, sc, s, false);
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
            walk_code(c, s, sc);
            break;
        case RS_DECL: {
            IrBlock *b = ir_block(fn->f, (BlockId){s->block});
            for (uint32_t k = 0; k < b->params.len; k++)
                if (fn->vkind[b->params.data[k].id] == RS_V_VAR) event(c, b->params.data[k].id, sc, s, true);
            break;
        }
        case RS_COPY:
            walk_copy(c, s, sc);
            break;
        case RS_IF: case RS_IFNEXT: case RS_WHILE: case RS_FOR: case RS_RETURN:
            read_value(c, s->value, sc, s);
            break;
        default:
            break;
        }
        if (s->kind == RS_IF || s->kind == RS_IFNEXT || s->kind == RS_LOOP || s->kind == RS_WHILE ||
            s->kind == RS_FOR || s->kind == RS_BLOCK) {
            uint32_t body = scope_new(c, sc, s, &s->body);
            if (s->kind == RS_IFNEXT || s->kind == RS_FOR) {
                uint32_t item = loop_item(fn, s->block);
                if (ir_valid(item)) event(c, item, body, NULL, true);
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

/* Declares the variable of representative r with an RS_HOIST in scope at,
 * before the statement that holds its first event. */
static void hoist(ScopeCtx *c, uint32_t r, uint32_t at)
{
    RsFn *fn = c->fn;
    VarInfo *in = &c->info[r];
    RsStmt *owner = in->first_stmt;
    for (uint32_t x = in->first_scope; x != at; x = c->scopes.data[x].parent) owner = c->scopes.data[x].owner;
    RsList *l = c->scopes.data[at].list;
    uint32_t pos = 0;
    while (pos < l->len && l->data[pos] != owner) pos++;
    if (pos == l->len) pos = 0;   /* the scope's start */
    RsStmt *h = arena_zalloc(&fn->arena, sizeof *h);
    h->kind = RS_HOIST;
    h->block = owner ? owner->block : 0;
    h->value = r;
    h->succ = h->follow = IR_NONE_ID;
    vec_push(l, h);
    for (uint32_t k = l->len - 1; k > pos; k--) l->data[k] = l->data[k - 1];
    l->data[pos] = h;
}

static bool blocked_edge(const ScopeCtx *c, uint32_t from, uint32_t to)
{
    const IrCfg *cfg = &c->fn->cfg;
    return c->blocked[to] && cfg->rpo_index[to] <= cfg->rpo_index[from];
}

/* Marks the blocks entered on some path from site s. */
static void reach_from(ScopeCtx *c, Site s)
{
    RsFn *fn = c->fn;
    uint32_t top = 0;
    c->stamp++;
    if (ir_valid(s.to)) {
        if (!blocked_edge(c, s.block, s.to)) c->stack[top++] = s.to, c->mark[s.to] = c->stamp;
    } else {
        c->stack[top++] = s.block;   /* its successors, not itself */
    }
    while (top) {
        uint32_t b = c->stack[--top];
        InstId term = ir_block_term(fn->f, (BlockId){b});
        if (ir_valid(term.id))
            for (uint32_t k = 0; k < ir_term_nsuccs(fn->f, term); k++) {
                uint32_t t = ir_term_succ(fn->f, term, k).target.id;
                if (c->mark[t] == c->stamp || blocked_edge(c, b, t)) continue;
                c->mark[t] = c->stamp;
                c->stack[top++] = t;
            }
    }
}

/* After reach_from(s): whether assignment a can follow s. */
static bool reaches(const ScopeCtx *c, Site s, Site a)
{
    if (!ir_valid(s.to) && s.block == a.block && (ir_valid(a.to) || s.pos < a.pos)) return true;
    return c->mark[a.block] == c->stamp;
}

/* The variable of r, declared in scope at: whether one assignment can follow another. */
static bool needs_mut(ScopeCtx *c, uint32_t r, uint32_t at)
{
    RsFn *fn = c->fn;
    IrFunc *f = fn->f;
    c->sites.len = 0;
    for (uint32_t m = c->head[r]; ir_valid(m); m = c->next[m]) {
        switch (fn->vkind[m]) {
        case RS_V_PARAM:
            vec_push(&c->sites, ((Site){ 0, -1, IR_NONE_ID }));
            break;
        case RS_V_LET:
            vec_push(&c->sites, ((Site){ fn->def_block[m], (int32_t)fn->def_pos[m], IR_NONE_ID }));
            break;
        case RS_V_ITEM:
            if (fn->hoisted[m]) vec_push(&c->sites, ((Site){ fn->def_block[m], -1, IR_NONE_ID }));
            break;
        case RS_V_VAR: {
            uint32_t b = fn->def_block[m];
            IrBlock *blk = ir_block(f, (BlockId){b});
            uint32_t idx = 0;
            while (idx < blk->params.len && blk->params.data[idx].id != m) idx++;
            for (uint32_t k = 0; k < fn->cfg.preds[b].len; k++) {
                uint32_t p = fn->cfg.preds[b].data[k];
                if (fn->cfg.rpo_index[p] == IR_NONE_ID) continue;
                InstId term = ir_block_term(f, (BlockId){p});
                for (uint32_t s = 0; s < ir_term_nsuccs(f, term); s++) {
                    IrEdge e = ir_term_succ(f, term, s);
                    if (e.target.id == b && idx < e.nargs && rs_copy_needed(fn, e.args[idx], m))
                        vec_push(&c->sites, ((Site){ p, INT32_MAX, b }));
                }
            }
            break;
        }
        default:
            break;
        }
    }
    if (!c->sites.len) return false;
    if (c->sites.len == 1 && !ir_valid(fn->hdr[c->sites.data[0].block])) return false;
    /* the loops around the declaration: leaving one ends the variable */
    for (uint32_t x = at; ir_valid(x); x = c->scopes.data[x].parent)
        if (c->scopes.data[x].owner && is_loop(c->scopes.data[x].owner)) c->blocked[c->scopes.data[x].owner->block] = true;
    bool mut = false;
    for (uint32_t i = 0; i < c->sites.len && !mut; i++) {
        reach_from(c, c->sites.data[i]);
        for (uint32_t j = 0; j < c->sites.len && !mut; j++) mut = reaches(c, c->sites.data[i], c->sites.data[j]);
    }
    for (uint32_t x = at; ir_valid(x); x = c->scopes.data[x].parent)
        if (c->scopes.data[x].owner && is_loop(c->scopes.data[x].owner)) c->blocked[c->scopes.data[x].owner->block] = false;
    return mut;
}

void rs_scope_values(RsFn *fn)
{
    uint32_t nv = fn->nvals, nb = fn->nblocks ? fn->nblocks : 1;
    ScopeCtx c = { fn, {0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, {0} };
    c.info = xmalloc(sizeof(VarInfo) * (nv + 1));
    c.seen = xcalloc(nv + 1, sizeof(bool));
    c.next = xmalloc(sizeof(uint32_t) * (nv + 1));
    c.head = xmalloc(sizeof(uint32_t) * (nv + 1));
    for (uint32_t v = 0; v < nv; v++) {
        c.info[v] = (VarInfo){ IR_NONE_ID, IR_NONE_ID, NULL, IR_NONE_ID, false };
        c.head[v] = c.next[v] = IR_NONE_ID;
    }
    uint32_t root = scope_new(&c, IR_NONE_ID, NULL, &fn->body);
    IrBlock *entry = ir_block(fn->f, (BlockId){0});
    for (uint32_t k = 0; k < entry->params.len; k++) {
        uint32_t p = entry->params.data[k].id;
        if (fn->vkind[p] == RS_V_PARAM && fn->live[p]) event(&c, p, root, NULL, true);
    }
    walk(&c, &fn->body, root);
    for (uint32_t v = nv; v-- > 0;)
        if (c.seen[v]) {
            c.next[v] = c.head[fn->var[v]];
            c.head[fn->var[v]] = v;
        }
    c.blocked = xcalloc(nb, sizeof(bool));
    c.mark = xcalloc(nb, sizeof(uint32_t));
    c.stack = xmalloc(sizeof(uint32_t) * (nb + 1));
    for (uint32_t r = 0; r < nv; r++) {
        VarInfo *in = &c.info[r];
        if (!ir_valid(in->lca) || !ir_valid(c.head[r])) continue;
        uint32_t at = in->lca;
        uint32_t decl = ir_valid(in->first_decl) && in->first_scope == at ? in->first_decl : IR_NONE_ID;
        if (!ir_valid(decl)) hoist(&c, r, at);
        for (uint32_t m = c.head[r]; ir_valid(m); m = c.next[m]) fn->hoisted[m] = m != decl;
        bool mut = needs_mut(&c, r, at);
        for (uint32_t m = c.head[r]; ir_valid(m); m = c.next[m])
            fn->needs_mut[m] = (fn->vkind[m] != RS_V_VAR && fn->needs_mut[m]) || mut;
    }
    vec_free(&c.scopes);
    vec_free(&c.sites);
    free(c.info);
    free(c.seen);
    free(c.next);
    free(c.head);
    free(c.blocked);
    free(c.mark);
    free(c.stack);
}
