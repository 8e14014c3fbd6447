/* dce.c — dead code elimination by liveness marking (aggressive DCE).
 * Roots: every instruction that is not IR_PURE (effects, raises,
 * terminators) keeps its operands live — but a branch argument is live only
 * if the parameter it feeds is.  A live parameter makes the matching
 * argument of every branch to its block live.  The marking is the least
 * fixpoint, so one sweep removes all dead pure instructions and dead block
 * parameters, including loop-carried ones that only feed themselves.
 * Never removed: the entry block's parameters (the function's) and the
 * last parameter of an iter.next body block (the item, passed implicitly). */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

typedef struct Edge { InstId term; uint32_t succ; } Edge;
typedef VEC(Edge) EdgeVec;

typedef struct Dce {
    IrFunc *f;
    bool *live;              /* per value */
    uint32_t *param_index;   /* per value: position among its block's params */
    VEC(uint32_t) work;
    EdgeVec *incoming;       /* per block: the edges that enter it */
} Dce;

static void mark(Dce *d, uint32_t v)
{
    if (d->live[v]) return;
    d->live[v] = true;
    vec_push(&d->work, v);
}

static void mark_slot(void *ctx, uint32_t *slot) { mark(ctx, *slot); }

/* A root instruction keeps its own operands live, not its branch arguments. */
static void mark_root(Dce *d, InstId i)
{
    if (!(ir_op_flags((IrOp)d->f->insts.data[i.id].op) & IR_TERM)) {
        ir_inst_visit_uses(d->f, i, mark_slot, d);
        return;
    }
    ValueId operand = ir_term_operand(d->f, i);
    if (ir_valid(operand.id)) mark(d, operand.id);
}

/* Propagates liveness from value v to what it needs. */
static void propagate(Dce *d, uint32_t v)
{
    IrFunc *f = d->f;
    const IrValue *val = &f->values.data[v];
    if (val->def == VAL_INST) {
        ir_inst_visit_uses(f, (InstId){val->owner}, mark_slot, d);   /* roots' are marked already */
        return;
    }
    uint32_t k = d->param_index[v];
    const EdgeVec *in = &d->incoming[val->owner];
    for (uint32_t e = 0; e < in->len; e++) {
        IrEdge edge = ir_term_succ(f, in->data[e].term, in->data[e].succ);
        if (k < edge.nargs) mark(d, edge.args[k]);   /* else: the iter.next item */
    }
}

static void collect(Dce *d)
{
    IrFunc *f = d->f;
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        for (uint32_t k = 0; k < blk->params.len; k++) d->param_index[blk->params.data[k].id] = k;
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId i = blk->insts.data[k];
            IrOp op = (IrOp)f->insts.data[i.id].op;
            if (!(ir_op_flags(op) & IR_PURE)) mark_root(d, i);
            for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
                IrEdge e = ir_term_succ(f, i, s);
                vec_push(&d->incoming[e.target.id], ((Edge){i, s}));
                IrBlock *target = &f->blocks.data[e.target.id];
                if (op == IR_ITER_NEXT && s == 0 && target->params.len)
                    mark(d, vec_last(&target->params).id);
            }
        }
    }
    IrBlock *entry = &f->blocks.data[0];
    for (uint32_t k = 0; k < entry->params.len; k++) mark(d, entry->params.data[k].id);
}

/* Drops dead pure instructions; returns whether any went. */
static bool sweep_insts(Dce *d)
{
    IrFunc *f = d->f;
    bool changed = false;
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        uint32_t kept = 0;
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId i = blk->insts.data[k];
            const IrInst *in = &f->insts.data[i.id];
            bool dead = (ir_op_flags((IrOp)in->op) & IR_PURE) &&
                        (!ir_valid(in->result) || !d->live[in->result]);
            if (!dead) blk->insts.data[kept++] = i;
        }
        changed |= kept != blk->insts.len;
        blk->insts.len = kept;
    }
    return changed;
}

/* Drops dead parameters and the matching argument of every incoming edge. */
static bool sweep_params(Dce *d)
{
    IrFunc *f = d->f;
    bool changed = false;
    VEC(uint32_t) args = {0};
    for (uint32_t b = 1; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        uint32_t n = blk->params.len, kept = 0;
        bool *keep = xcalloc(n ? n : 1, sizeof *keep);
        for (uint32_t k = 0; k < n; k++) keep[k] = d->live[blk->params.data[k].id];
        for (uint32_t k = 0; k < n; k++)
            if (keep[k]) blk->params.data[kept++] = blk->params.data[k];
        if (kept != n) {
            changed = true;
            blk->params.len = kept;
            for (uint32_t e = 0; e < d->incoming[b].len; e++) {
                Edge in = d->incoming[b].data[e];
                IrEdge edge = ir_term_succ(f, in.term, in.succ);
                args.len = 0;
                for (uint32_t k = 0; k < edge.nargs; k++)
                    if (keep[k]) vec_push(&args, edge.args[k]);
                ir_term_set_succ(f, in.term, in.succ, edge.target, args.data, args.len);
            }
        }
        free(keep);
    }
    vec_free(&args);
    return changed;
}

bool pass_dce(IrModule *m, FuncId fid)
{
    IrFunc *f = ir_func(m, fid);
    if (!f->blocks.len) return false;
    uint32_t nv = f->values.len ? f->values.len : 1;
    Dce d = {f, xcalloc(nv, sizeof(bool)), xcalloc(nv, sizeof(uint32_t)), {0},
             xcalloc(f->blocks.len, sizeof *d.incoming)};
    collect(&d);
    while (d.work.len) propagate(&d, vec_pop(&d.work));
    bool changed = sweep_insts(&d);
    changed |= sweep_params(&d);
    for (uint32_t b = 0; b < f->blocks.len; b++) vec_free(&d.incoming[b]);
    free(d.incoming);
    vec_free(&d.work);
    free(d.param_index);
    free(d.live);
    return changed;
}
