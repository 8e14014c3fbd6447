/* cfg.c — predecessors, reverse postorder and immediate dominators
 * (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm").
 * Iterative throughout: a 100 000-deep CFG must not overflow the C stack.
 * Expects a function whose terminators name blocks in range (ir_verify
 * checks that first); an unterminated block simply has no successors. */
#include "ir/ir.h"

#include <stdlib.h>

/* Successor j of block b, or IR_NONE_ID past the end. */
static uint32_t succ(const IrFunc *f, uint32_t b, uint32_t j)
{
    InstId t = ir_block_term(f, (BlockId){b});
    if (!ir_valid(t.id) || j >= ir_term_nsuccs(f, t)) return IR_NONE_ID;
    return ir_term_succ(f, t, j).target.id;
}

/* Postorder by an explicit stack of (block, next successor index). */
static void postorder(const IrFunc *f, IrCfg *cfg, uint32_t *order)
{
    uint32_t n = cfg->nblocks, count = 0;
    bool *seen = xcalloc(n, sizeof *seen);
    typedef struct { uint32_t block, next; } Frame;
    VEC(Frame) stack = {0};
    if (n) {
        seen[0] = true;
        vec_push(&stack, ((Frame){0, 0}));
    }
    while (stack.len) {
        Frame *top = &vec_last(&stack);
        uint32_t s = succ(f, top->block, top->next);
        if (s == IR_NONE_ID) {
            order[count++] = top->block;
            stack.len--;
            continue;
        }
        top->next++;
        if (s < n && !seen[s]) {
            seen[s] = true;
            vec_push(&stack, ((Frame){s, 0}));
        }
    }
    vec_free(&stack);
    free(seen);
    cfg->nrpo = count;
}

static uint32_t intersect(const IrCfg *cfg, uint32_t a, uint32_t b)
{
    while (a != b) {
        while (cfg->rpo_index[a] > cfg->rpo_index[b]) a = cfg->idom[a];
        while (cfg->rpo_index[b] > cfg->rpo_index[a]) b = cfg->idom[b];
    }
    return a;
}

void ir_cfg_build(IrFunc *f, IrCfg *cfg)
{
    uint32_t n = f->blocks.len;
    cfg->nblocks = n;
    cfg->preds = xcalloc(n ? n : 1, sizeof *cfg->preds);
    for (uint32_t b = 0; b < n; b++)
        for (uint32_t j = 0, s; (s = succ(f, b, j)) != IR_NONE_ID; j++)
            if (s < n) vec_push(&cfg->preds[s], b);

    uint32_t *order = xmalloc(sizeof *order * (n ? n : 1));
    postorder(f, cfg, order);
    cfg->rpo = xmalloc(sizeof *cfg->rpo * (n ? n : 1));
    cfg->rpo_index = xmalloc(sizeof *cfg->rpo_index * (n ? n : 1));
    cfg->idom = xmalloc(sizeof *cfg->idom * (n ? n : 1));
    for (uint32_t b = 0; b < n; b++) cfg->rpo_index[b] = cfg->idom[b] = IR_NONE_ID;
    for (uint32_t i = 0; i < cfg->nrpo; i++) {
        cfg->rpo[i] = order[cfg->nrpo - 1 - i];
        cfg->rpo_index[cfg->rpo[i]] = i;
    }
    free(order);
    if (!cfg->nrpo) return;

    /* The entry is its own dominator during the iteration only. */
    cfg->idom[0] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 1; i < cfg->nrpo; i++) {
            uint32_t b = cfg->rpo[i], new_idom = IR_NONE_ID;
            for (uint32_t k = 0; k < cfg->preds[b].len; k++) {
                uint32_t p = cfg->preds[b].data[k];
                if (cfg->idom[p] == IR_NONE_ID) continue;   /* unprocessed or unreachable */
                new_idom = new_idom == IR_NONE_ID ? p : intersect(cfg, p, new_idom);
            }
            if (new_idom != cfg->idom[b]) {
                cfg->idom[b] = new_idom;
                changed = true;
            }
        }
    }
    cfg->idom[0] = IR_NONE_ID;
}

void ir_cfg_free(IrCfg *cfg)
{
    for (uint32_t b = 0; b < cfg->nblocks; b++) vec_free(&cfg->preds[b]);
    free(cfg->preds);
    free(cfg->rpo);
    free(cfg->rpo_index);
    free(cfg->idom);
    cfg->preds = NULL;
    cfg->rpo = cfg->rpo_index = cfg->idom = NULL;
    cfg->nblocks = cfg->nrpo = 0;
}

/* Whether a dominates b.  Code in an unreachable block is dominated by
 * everything (nothing can execute it); an unreachable a dominates only
 * unreachable blocks. */
bool ir_cfg_dominates(const IrCfg *cfg, BlockId a, BlockId b)
{
    if (b.id >= cfg->nblocks || cfg->rpo_index[b.id] == IR_NONE_ID) return true;
    if (a.id >= cfg->nblocks || cfg->rpo_index[a.id] == IR_NONE_ID) return false;
    for (uint32_t x = b.id; x != IR_NONE_ID; x = cfg->idom[x])
        if (x == a.id) return true;
    return false;
}
