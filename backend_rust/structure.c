/* structure.c — a function's CFG as structured Rust statements.
 *
 * The dominator-tree method of Ramsey ("Beyond Relooper", ICFP 2022): a
 * block's code is followed, inside the same scope, by the blocks it
 * immediately dominates; a merge node (two or more forward edges in) becomes
 * the follower of a labelled block that every jump to it leaves; a loop
 * header wraps its code in `loop`.  One change for Rust and for readers: a
 * block outside a loop that is placed under a block inside it (a loop exit)
 * is placed after the loop instead, so that `while`/`for` bodies hold only
 * the loop, except a block that returns and has one way in (`return d`
 * stays inside the loop); an empty block that only jumps on is skipped.
 * The tree is then polished: jumps to where control goes anyway
 * are dropped, labelled blocks nobody leaves are flattened, and loops become
 * `while`/`for` where their shape allows.  Python's structured control flow
 * gives reducible CFGs; anything else is reported, not mistranslated. */
#include "backend_rust/rs_impl.h"

#include <stdlib.h>
#include <string.h>

static RsStmt *stmt_new(RsFn *fn, RsKind kind, uint32_t block)
{
    RsStmt *s = arena_zalloc(&fn->arena, sizeof *s);
    s->kind = kind;
    s->block = block;
    s->value = s->follow = s->succ = IR_NONE_ID;
    return s;
}

static void list_add(RsList *l, RsStmt *s) { vec_push(l, s); }

static void list_append(RsList *l, RsList *more)
{
    for (uint32_t i = 0; i < more->len; i++) vec_push(l, more->data[i]);
    vec_free(more);
}

static bool reachable(const RsFn *fn, uint32_t b) { return fn->cfg.rpo_index[b] != IR_NONE_ID; }

static bool is_back_edge(const RsFn *fn, uint32_t from, uint32_t to)
{
    return fn->cfg.rpo_index[to] <= fn->cfg.rpo_index[from];
}

uint32_t rs_nedges_in(const RsFn *fn, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < fn->cfg.preds[b].len; k++)
        if (reachable(fn, fn->cfg.preds[b].data[k])) n++;
    return n;
}

static uint32_t forward_edges_in(const RsFn *fn, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < fn->cfg.preds[b].len; k++) {
        uint32_t p = fn->cfg.preds[b].data[k];
        if (reachable(fn, p) && !is_back_edge(fn, p, b)) n++;
    }
    return n;
}

bool rs_in_loop(const RsFn *fn, uint32_t b, uint32_t h)
{
    for (uint32_t x = fn->hdr[b]; x != IR_NONE_ID; x = fn->loop_parent[x])
        if (x == h) return true;
    return false;
}

/* Loops: each header's natural loop, walking back from its latches. */
static void find_loops(RsFn *fn)
{
    uint32_t n = fn->nblocks;
    uint32_t *stack = xmalloc(sizeof *stack * (n + 1));
    uint32_t *mark = xmalloc(sizeof *mark * (n + 1));
    for (uint32_t b = 0; b < n; b++) {
        fn->hdr[b] = fn->loop_parent[b] = IR_NONE_ID;
        mark[b] = IR_NONE_ID;
    }
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t h = fn->cfg.rpo[i], top = 0;
        for (uint32_t k = 0; k < fn->cfg.preds[h].len; k++) {
            uint32_t p = fn->cfg.preds[h].data[k];
            if (!reachable(fn, p) || !is_back_edge(fn, p, h)) continue;
            if (!ir_cfg_dominates(&fn->cfg, (BlockId){h}, (BlockId){p})) {
                diag_error(fn->diag, fn->f->loc,
                           "cannot translate '%s' to Rust: its control flow is irreducible",
                           ir_str(fn->m, fn->f->name));
                fn->ok = false;
                continue;
            }
            fn->is_header[h] = true;
            if (mark[p] != h) {
                mark[p] = h;
                stack[top++] = p;
            }
        }
        if (!fn->is_header[h]) continue;
        mark[h] = h;
        /* headers come in RPO, so inner loops overwrite hdr[] later */
        if (fn->hdr[h] != IR_NONE_ID) fn->loop_parent[h] = fn->hdr[h];
        fn->hdr[h] = h;
        while (top) {
            uint32_t b = stack[--top];
            fn->hdr[b] = h;
            for (uint32_t k = 0; k < fn->cfg.preds[b].len; k++) {
                uint32_t p = fn->cfg.preds[b].data[k];
                if (reachable(fn, p) && mark[p] != h) {
                    mark[p] = h;
                    stack[top++] = p;
                }
            }
        }
    }
    free(stack);
    free(mark);
}

/* A block that returns and is entered from one block: `if found: return d`
 * inside a loop stays there as `return d`.  Not when entered from the test
 * of a `while`/`for` header (the loop's exit); with_stmts says whether the
 * headers' code is known to print statements (after rs_analyse_values). */
static bool is_leaf_return(const RsFn *fn, uint32_t y, bool with_stmts)
{
    InstId t = ir_block_term(fn->f, (BlockId){y});
    if (!ir_valid(t.id) || fn->f->insts.data[t.id].op != IR_RET || rs_nedges_in(fn, y) != 1) return false;
    uint32_t p = fn->cfg.idom[y];
    if (!fn->is_header[p]) return true;
    InstId pt = ir_block_term(fn->f, (BlockId){p});
    return with_stmts && fn->f->insts.data[pt.id].op == IR_CONDBR && fn->has_stmts[p];
}

/* Where each block's code goes: under its immediate dominator, unless that
 * lies in loops the block is not in; then after the outermost such loop
 * (a leaf return excepted). */
static void place_blocks(RsFn *fn)
{
    for (uint32_t i = 1; i < fn->cfg.nrpo; i++) {
        uint32_t y = fn->cfg.rpo[i], p = fn->cfg.idom[y], out = IR_NONE_ID;
        for (uint32_t h = fn->hdr[p]; h != IR_NONE_ID && !is_leaf_return(fn, y, false); h = fn->loop_parent[h])
            if (!rs_in_loop(fn, y, h)) out = h;
        fn->place[y] = out != IR_NONE_ID ? out : p;
        fn->is_exit[y] = out != IR_NONE_ID;
    }
}

/* ---- the translation ---------------------------------------------------- */

typedef VEC(RsStmt *) Ctx;
typedef VEC(uint32_t) U32Vec;   /* enclosing loops and labelled blocks */

static RsList do_tree(RsFn *fn, uint32_t x, Ctx *ctx);

/* An empty block that only jumps on (a `break` of Python's often is), to a
 * block whose place does not depend on it: a jump to it is printed as a jump
 * to where it leads.  Returns that block, or IR_NONE_ID. */
static uint32_t forwards_to(const RsFn *fn, uint32_t y)
{
    IrBlock *blk = ir_block(fn->f, (BlockId){y});
    if (!reachable(fn, y) || fn->is_header[y] || blk->params.len || blk->insts.len != 1 || rs_nedges_in(fn, y) != 1)
        return IR_NONE_ID;
    InstId t = blk->insts.data[0];
    if (fn->f->insts.data[t.id].op != IR_BR) return IR_NONE_ID;
    IrEdge e = ir_term_succ(fn->f, t, 0);
    uint32_t z = e.target.id;
    if (e.nargs || z == y || !(is_back_edge(fn, y, z) || forward_edges_in(fn, z) >= 2)) return IR_NONE_ID;
    return z;
}

/* Blocks placed under x of one sort, latest in RPO first. */
static void children(RsFn *fn, uint32_t x, bool exits, U32Vec *out)
{
    for (uint32_t i = fn->cfg.nrpo; i-- > 1;) {
        uint32_t y = fn->cfg.rpo[i];
        if (fn->place[y] != x || fn->is_exit[y] != exits || ir_valid(forwards_to(fn, y))) continue;
        if (!exits && forward_edges_in(fn, y) < 2) continue;
        vec_push(out, y);
    }
}

static RsStmt *ctx_find(Ctx *ctx, RsKind kind, uint32_t block)
{
    for (uint32_t i = ctx->len; i-- > 0;) {
        RsStmt *s = ctx->data[i];
        if (kind == RS_LOOP && s->kind == RS_LOOP && s->block == block) return s;
        if (kind == RS_BLOCK && s->kind == RS_BLOCK && s->follow == block) return s;
    }
    return NULL;
}

bool rs_edge_has_copies(RsFn *fn, uint32_t b, uint32_t succ)
{
    IrEdge e = ir_term_succ(fn->f, ir_block_term(fn->f, (BlockId){b}), succ);
    IrBlock *t = ir_block(fn->f, e.target);
    for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++)
        if (rs_copy_needed(fn, e.args[k], t->params.data[k].id)) return true;
    return false;
}

static bool block_has_vars(RsFn *fn, uint32_t b)
{
    IrBlock *blk = ir_block(fn->f, (BlockId){b});
    for (uint32_t k = 0; k < blk->params.len; k++)
        if (fn->vkind[blk->params.data[k].id] == RS_V_VAR) return true;
    return false;
}

static RsList do_branch(RsFn *fn, uint32_t x, uint32_t succ, Ctx *ctx)
{
    RsList out = {0};
    InstId term = ir_block_term(fn->f, (BlockId){x});
    uint32_t y = ir_term_succ(fn->f, term, succ).target.id;
    RsStmt *copy = stmt_new(fn, RS_COPY, x);
    copy->succ = succ;
    if (!rs_edge_has_copies(fn, x, succ)) copy = NULL;
    for (uint32_t hops = 0; hops < fn->nblocks && ir_valid(forwards_to(fn, y)); hops++) y = forwards_to(fn, y);
    if (is_back_edge(fn, x, y)) {
        RsStmt *loop = ctx_find(ctx, RS_LOOP, y);
        if (!loop) goto bad;
        if (copy) list_add(&out, copy);
        RsStmt *j = stmt_new(fn, RS_CONTINUE, x);
        j->target = loop;
        list_add(&out, j);
        return out;
    }
    RsStmt *blk = ctx_find(ctx, RS_BLOCK, y);
    if (blk) {
        if (copy) list_add(&out, copy);
        RsStmt *j = stmt_new(fn, RS_BREAK, x);
        j->target = blk;
        list_add(&out, j);
        return out;
    }
    if (fn->place[y] != x && !(fn->is_exit[y] && fn->place[y] == fn->hdr[x])) goto bad;
    if (block_has_vars(fn, y)) list_add(&out, stmt_new(fn, RS_DECL, y));
    if (copy) list_add(&out, copy);
    RsList rest = do_tree(fn, y, ctx);
    list_append(&out, &rest);
    return out;
bad:
    if (fn->ok)
        diag_error(fn->diag, fn->f->loc, "cannot translate '%s' to Rust: unstructured jump to block%u",
                   ir_str(fn->m, fn->f->name), y);
    fn->ok = false;
    return out;
}

static RsList do_terminator(RsFn *fn, uint32_t x, Ctx *ctx)
{
    RsList out = {0};
    InstId term = ir_block_term(fn->f, (BlockId){x});
    if (!ir_valid(term.id)) {
        list_add(&out, stmt_new(fn, RS_UNREACHABLE, x));
        return out;
    }
    IrInst *t = ir_inst(fn->f, term);
    RsStmt *s;
    switch ((IrOp)t->op) {
    case IR_BR:
        return do_branch(fn, x, 0, ctx);
    case IR_CONDBR:
    case IR_ITER_NEXT:
        s = stmt_new(fn, t->op == IR_CONDBR ? RS_IF : RS_IFNEXT, x);
        s->value = ir_term_operand(fn->f, term).id;
        s->body = do_branch(fn, x, 0, ctx);
        s->els = do_branch(fn, x, 1, ctx);
        list_add(&out, s);
        return out;
    case IR_RET:
        s = stmt_new(fn, RS_RETURN, x);
        s->value = ir_term_operand(fn->f, term).id;
        list_add(&out, s);
        return out;
    default:
        list_add(&out, stmt_new(fn, RS_UNREACHABLE, x));
        return out;
    }
}

typedef struct Within {
    uint32_t x;
    bool loop;               /* wrap x's code in a loop */
} Within;

/* Ramsey's nodeWithin: x's code inside labelled blocks for its followers,
 * each follower's code after its block. */
static RsList with_followers(RsFn *fn, Within w, uint32_t *ys, uint32_t n, Ctx *ctx, uint32_t *inner, uint32_t ninner)
{
    RsList out = {0};
    if (n == 0) {
        if (w.loop) {
            RsStmt *loop = stmt_new(fn, RS_LOOP, w.x);
            vec_push(ctx, loop);
            loop->body = with_followers(fn, (Within){w.x, false}, inner, ninner, ctx, NULL, 0);
            ctx->len--;
            list_add(&out, loop);
            return out;
        }
        list_add(&out, stmt_new(fn, RS_CODE, w.x));
        RsList t = do_terminator(fn, w.x, ctx);
        list_append(&out, &t);
        return out;
    }
    uint32_t y = ys[0];
    RsStmt *blk = stmt_new(fn, RS_BLOCK, w.x);
    blk->follow = y;
    vec_push(ctx, blk);
    blk->body = with_followers(fn, w, ys + 1, n - 1, ctx, inner, ninner);
    ctx->len--;
    if (block_has_vars(fn, y)) list_add(&out, stmt_new(fn, RS_DECL, y));
    list_add(&out, blk);
    RsList rest = do_tree(fn, y, ctx);
    list_append(&out, &rest);
    return out;
}

static RsList do_tree(RsFn *fn, uint32_t x, Ctx *ctx)
{
    U32Vec merges = {0}, exits = {0};
    children(fn, x, false, &merges);
    RsList out;
    if (fn->is_header[x]) {
        children(fn, x, true, &exits);
        out = with_followers(fn, (Within){x, true}, exits.data, exits.len, ctx, merges.data, merges.len);
    } else {
        out = with_followers(fn, (Within){x, false}, merges.data, merges.len, ctx, NULL, 0);
    }
    vec_free(&merges);
    vec_free(&exits);
    return out;
}

/* ---- polishing ------------------------------------------------------------ */

void rs_list_free(RsList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        rs_list_free(&l->data[i]->body);
        rs_list_free(&l->data[i]->els);
    }
    vec_free(l);
}

static void retarget(RsList *l, RsStmt *from, RsStmt *to)
{
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        if ((s->kind == RS_BREAK || s->kind == RS_CONTINUE) && s->target == from) s->target = to;
        retarget(&s->body, from, to);
        retarget(&s->els, from, to);
    }
}

/* A labelled block holding only a loop: leaving the block is leaving the loop. */
static void merge_loop_blocks(RsList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        merge_loop_blocks(&s->body);
        merge_loop_blocks(&s->els);
        if (s->kind == RS_BLOCK && s->body.len == 1 && s->body.data[0]->kind == RS_LOOP) {
            RsStmt *loop = s->body.data[0];
            retarget(&loop->body, s, loop);
            l->data[i] = loop;
            vec_free(&s->body);
        }
    }
}

typedef VEC(RsStmt *) Targets;

static bool falls_to(Targets *t, RsStmt *j)
{
    for (uint32_t i = 0; i < t->len; i++)
        if (t->data[i] == j) return true;
    return false;
}

/* Drops jumps in tail position that go where control falls anyway.  t holds
 * the constructs whose break (RS_BLOCK) or continue (RS_LOOP) that is. */
static void strip_tail(RsList *l, Targets *t)
{
    while (l->len) {
        RsStmt *s = vec_last(l);
        if ((s->kind == RS_BREAK && s->target->kind == RS_BLOCK && falls_to(t, s->target)) ||
            (s->kind == RS_CONTINUE && falls_to(t, s->target))) {
            l->len--;
            continue;
        }
        if (s->kind == RS_IF || s->kind == RS_IFNEXT) {
            strip_tail(&s->body, t);
            strip_tail(&s->els, t);
        } else if (s->kind == RS_BLOCK) {
            uint32_t mark = t->len;
            vec_push(t, s);
            strip_tail(&s->body, t);
            t->len = mark;
        }
        break;
    }
}

static void strip_all(RsList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        strip_all(&s->body);
        strip_all(&s->els);
        Targets t = {0};
        if (s->kind == RS_LOOP) {
            vec_push(&t, s);
            strip_tail(&s->body, &t);
        } else if (s->kind == RS_BLOCK) {
            vec_push(&t, s);
            strip_tail(&s->body, &t);
        }
        vec_free(&t);
    }
}

static void count_breaks(RsList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        if (s->kind == RS_BREAK) s->target->nbreaks++;
        count_breaks(&s->body);
        count_breaks(&s->els);
    }
}

static void flatten_blocks(RsList *l)
{
    RsList out = {0};
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        flatten_blocks(&s->body);
        flatten_blocks(&s->els);
        if (s->kind == RS_BLOCK && s->nbreaks == 0) {
            for (uint32_t k = 0; k < s->body.len; k++) vec_push(&out, s->body.data[k]);
            vec_free(&s->body);
        } else {
            vec_push(&out, s);
        }
    }
    vec_free(l);
    *l = out;
}

bool rs_can_fall(const RsList *l)
{
    if (!l->len) return true;
    const RsStmt *s = l->data[l->len - 1];
    switch (s->kind) {
    case RS_BREAK: case RS_CONTINUE: case RS_RETURN: case RS_UNREACHABLE:
        return false;
    case RS_IF: case RS_IFNEXT:
        return rs_can_fall(&s->body) || rs_can_fall(&s->els);
    case RS_LOOP:
        return s->nbreaks > 0;
    case RS_BLOCK:
        return s->nbreaks > 0 || rs_can_fall(&s->body);
    default:
        return true;
    }
}

static bool only_break(RsList *l, RsStmt *loop)
{
    return l->len == 1 && l->data[0]->kind == RS_BREAK && l->data[0]->target == loop;
}

/* loop { if c { B } else { break } } -> while c { B };  likewise `for`. */
static void make_while_for(RsFn *fn, RsList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        make_while_for(fn, &s->body);
        make_while_for(fn, &s->els);
        if (s->kind != RS_LOOP || s->body.len != 2) continue;
        RsStmt *code = s->body.data[0], *test = s->body.data[1];
        if (code->kind != RS_CODE || fn->has_stmts[code->block]) continue;
        if (test->kind == RS_IFNEXT && fn->uses_for[s->block] && only_break(&test->els, s)) {
            s->kind = RS_FOR;
            s->value = test->value;
        } else if (test->kind == RS_IF && only_break(&test->els, s)) {
            s->kind = RS_WHILE;
            s->value = test->value;
        } else if (test->kind == RS_IF && only_break(&test->body, s)) {
            s->kind = RS_WHILE;
            s->value = test->value;
            s->negate = true;
            RsList tmp = test->body;
            test->body = test->els;
            test->els = tmp;
        } else {
            continue;
        }
        s->nbreaks--;
        RsList body = test->body;
        test->body.data = NULL;
        test->body.len = test->body.cap = 0;
        rs_list_free(&s->body);
        s->body = body;
    }
}

static void mark_fors(const RsList *l, bool *is_for)
{
    for (uint32_t i = 0; i < l->len; i++) {
        const RsStmt *s = l->data[i];
        if (s->kind == RS_FOR) is_for[s->block] = true;
        mark_fors(&s->body, is_for);
        mark_fors(&s->els, is_for);
    }
}

/* A header that rs_analyse_values hoped to print as `for` but whose loop
 * kept another shape (its exhausted arm leaves an enclosing block, say):
 * its iterator becomes a `let mut` variable read by `if let Some(..)`. */
static void unmark_failed_fors(RsFn *fn)
{
    bool *is_for = xcalloc(fn->nblocks + 1, sizeof(bool));
    mark_fors(&fn->body, is_for);
    for (uint32_t h = 0; h < fn->nblocks; h++) {
        if (!fn->uses_for[h] || is_for[h]) continue;
        fn->uses_for[h] = false;
        uint32_t it = fn->alias[ir_term_operand(fn->f, ir_block_term(fn->f, (BlockId){h})).id];
        fn->vkind[it] = RS_V_LET;
        fn->needs_mut[it] = true;
        fn->has_stmts[fn->def_block[it]] = true;
    }
    free(is_for);
}

void rs_structure(RsFn *fn)
{
    find_loops(fn);
    place_blocks(fn);
}

/* Called after rs_analyse_values (which needs loops and placement). */
void rs_structure_build(RsFn *fn)
{
    for (uint32_t i = 1; i < fn->cfg.nrpo; i++) {
        uint32_t y = fn->cfg.rpo[i];
        if (fn->is_exit[y] && is_leaf_return(fn, y, true)) {
            fn->place[y] = fn->cfg.idom[y];
            fn->is_exit[y] = false;
        }
    }
    Ctx ctx = {0};
    fn->body = do_tree(fn, 0, &ctx);
    vec_free(&ctx);
    merge_loop_blocks(&fn->body);
    strip_all(&fn->body);
    count_breaks(&fn->body);
    flatten_blocks(&fn->body);
    make_while_for(fn, &fn->body);
    unmark_failed_fors(fn);
}
