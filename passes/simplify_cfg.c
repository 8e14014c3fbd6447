/* simplify_cfg.c — two CFG clean-ups.  Merge: when block A ends in
 * `br B(args)`, B is not A or the entry, and that edge is B's only
 * predecessor, B's instructions move to the end of A and B's parameters
 * are replaced by args everywhere.  Prune: blocks unreachable from the
 * entry are deleted and the rest renumbered in their existing order. */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

typedef struct Subst { uint32_t *to; uint32_t n; } Subst;

/* Follows the replacement chain of a use (A's args may themselves be
 * parameters of a block merged earlier). */
static void substitute(void *ctx, uint32_t *slot)
{
    const Subst *s = ctx;
    for (uint32_t hops = 0; *slot < s->n && s->to[*slot] != IR_NONE_ID && hops < s->n; hops++)
        *slot = s->to[*slot];
}

static bool merge_blocks(IrFunc *f)
{
    IrCfg cfg;
    ir_cfg_build(f, &cfg);
    Subst subst = {xmalloc(sizeof(uint32_t) * (f->values.len ? f->values.len : 1)), f->values.len};
    for (uint32_t v = 0; v < subst.n; v++) subst.to[v] = IR_NONE_ID;
    bool *merged = xcalloc(f->blocks.len, sizeof *merged);
    bool changed = false;
    for (uint32_t r = 0; r < cfg.nrpo; r++) {
        uint32_t a = cfg.rpo[r];
        if (merged[a]) continue;
        for (;;) {
            InstId term = ir_block_term(f, (BlockId){a});
            if (!ir_valid(term.id) || f->insts.data[term.id].op != IR_BR) break;
            IrEdge e = ir_term_succ(f, term, 0);
            uint32_t b = e.target.id;
            if (b == a || b == 0 || cfg.preds[b].len != 1 || merged[b]) break;
            IrBlock *from = &f->blocks.data[b];
            for (uint32_t k = 0; k < from->params.len && k < e.nargs; k++)
                subst.to[from->params.data[k].id] = e.args[k];
            IrBlock *into = &f->blocks.data[a];
            into->insts.len--;                                   /* the br */
            for (uint32_t k = 0; k < from->insts.len; k++) vec_push(&into->insts, from->insts.data[k]);
            from = &f->blocks.data[b];
            from->insts.len = from->params.len = 0;
            merged[b] = true;
            changed = true;
        }
    }
    if (changed)
        for (uint32_t b = 0; b < f->blocks.len; b++)
            for (uint32_t k = 0; k < f->blocks.data[b].insts.len; k++)
                ir_inst_visit_uses(f, f->blocks.data[b].insts.data[k], substitute, &subst);
    free(merged);
    free(subst.to);
    ir_cfg_free(&cfg);
    return changed;
}

static bool prune_unreachable(IrFunc *f)
{
    IrCfg cfg;
    ir_cfg_build(f, &cfg);
    bool changed = cfg.nrpo != f->blocks.len;
    if (changed) {
        uint32_t *renum = xmalloc(sizeof *renum * f->blocks.len), kept = 0;
        for (uint32_t b = 0; b < f->blocks.len; b++) {
            IrBlock *blk = &f->blocks.data[b];
            if (cfg.rpo_index[b] == IR_NONE_ID) {
                renum[b] = IR_NONE_ID;
                vec_free(&blk->params);
                vec_free(&blk->insts);
                continue;
            }
            renum[b] = kept;
            for (uint32_t k = 0; k < blk->params.len; k++)     /* a parameter names its block */
                f->values.data[blk->params.data[k].id].owner = kept;
            f->blocks.data[kept++] = *blk;
        }
        f->blocks.len = kept;
        for (uint32_t b = 0; b < kept; b++) {
            InstId term = ir_block_term(f, (BlockId){b});
            for (uint32_t s = 0, ns = ir_valid(term.id) ? ir_term_nsuccs(f, term) : 0; s < ns; s++) {
                IrEdge e = ir_term_succ(f, term, s);
                ir_term_set_succ(f, term, s, (BlockId){renum[e.target.id]}, e.args, e.nargs);
            }
        }
        free(renum);
    }
    ir_cfg_free(&cfg);
    return changed;
}

bool pass_simplify_cfg(IrModule *m, FuncId fid)
{
    IrFunc *f = ir_func(m, fid);
    if (!f->blocks.len) return false;
    bool changed = merge_blocks(f);
    return prune_unreachable(f) || changed;
}
