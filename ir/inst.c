/* inst.c — decoding and rewriting instruction operands: the fixed/extra[]
 * operand split and the branch layout in extra[] described in ir.h.  Every
 * other file reads operands through these functions. */
#include "ir/ir_impl.h"

#include <stdlib.h>
#include <string.h>

bool irx_operands_ok(const IrFunc *f, InstId i)
{
    const IrInst *in = &f->insts.data[i.id];
    IrOp op = (IrOp)in->op;
    if (!irx_op_in_extra(op)) return true;
    uint64_t start = in->args[0], len = in->args[1];
    if (start + len > f->extra.len) return false;
    const uint32_t *seg = f->extra.data + start;
    switch (op) {
    case IR_BR: return len >= 2 && 2 + (uint64_t)seg[1] == len;
    case IR_CONDBR:
    case IR_ITER_NEXT: {
        if (len < 3 || 3 + (uint64_t)seg[2] + 2 > len) return false;
        uint64_t second = 3 + (uint64_t)seg[2];
        return second + 2 + seg[second + 1] == len;
    }
    default: return true;
    }
}

uint32_t ir_inst_nargs(const IrFunc *f, InstId i)
{
    const IrInst *in = &f->insts.data[i.id];
    if (irx_op_in_extra((IrOp)in->op)) return in->args[1];
    int n = ir_op_nargs((IrOp)in->op);
    return n > 0 ? (uint32_t)n : 0;
}

const uint32_t *ir_inst_args(const IrFunc *f, InstId i)
{
    const IrInst *in = &f->insts.data[i.id];
    if (irx_op_in_extra((IrOp)in->op)) return f->extra.data + in->args[0];
    return in->args;
}

InstId ir_block_term(const IrFunc *f, BlockId b)
{
    const IrBlock *blk = &f->blocks.data[b.id];
    if (blk->insts.len == 0) return (InstId){IR_NONE_ID};
    InstId last = vec_last(&blk->insts);
    return ir_op_flags((IrOp)f->insts.data[last.id].op) & IR_TERM ? last : (InstId){IR_NONE_ID};
}

uint32_t ir_term_nsuccs(const IrFunc *f, InstId term)
{
    switch ((IrOp)f->insts.data[term.id].op) {
    case IR_BR: return 1;
    case IR_CONDBR:
    case IR_ITER_NEXT: return 2;
    default: return 0;
    }
}

/* Offset in the terminator's extra[] segment where edge i starts. */
static uint32_t edge_offset(const IrFunc *f, InstId term, uint32_t i)
{
    const IrInst *in = &f->insts.data[term.id];
    if (in->op == IR_BR) return 0;
    uint32_t off = 1;                      /* after cond / iterator */
    if (i == 1) off += 2 + f->extra.data[in->args[0] + off + 1];
    return off;
}

IrEdge ir_term_succ(const IrFunc *f, InstId term, uint32_t i)
{
    const uint32_t *seg = f->extra.data + f->insts.data[term.id].args[0] + edge_offset(f, term, i);
    return (IrEdge){{seg[0]}, seg[1], seg + 2};
}

ValueId ir_term_operand(const IrFunc *f, InstId term)
{
    const IrInst *in = &f->insts.data[term.id];
    switch ((IrOp)in->op) {
    case IR_CONDBR:
    case IR_ITER_NEXT: return (ValueId){f->extra.data[in->args[0]]};
    case IR_RET: return (ValueId){in->args[0]};
    default: return (ValueId){IR_NONE_ID};
    }
}

void ir_term_set_succ(IrFunc *f, InstId term, uint32_t i, BlockId target,
                      const uint32_t *args, uint32_t nargs)
{
    IrInst *in = &f->insts.data[term.id];
    uint32_t start = in->args[0], off = edge_offset(f, term, i);
    IrEdge old = ir_term_succ(f, term, i);
    if (old.nargs == nargs) {              /* same shape: rewrite in place */
        f->extra.data[start + off] = target.id;
        if (nargs) memmove(f->extra.data + start + off + 2, args, sizeof *args * nargs);
        return;
    }
    /* Otherwise build the whole segment anew at the end of extra[]. */
    uint32_t len = in->args[1], old_end = off + 2 + old.nargs;
    uint32_t *seg = xmalloc(sizeof *seg * (len - old.nargs + nargs));
    uint32_t n = 0;
    memcpy(seg, f->extra.data + start, sizeof *seg * off);
    n = off;
    seg[n++] = target.id;
    seg[n++] = nargs;
    if (nargs) memcpy(seg + n, args, sizeof *seg * nargs);
    n += nargs;
    memcpy(seg + n, f->extra.data + start + old_end, sizeof *seg * (len - old_end));
    n += len - old_end;
    in->args[0] = f->extra.len;
    in->args[1] = n;
    for (uint32_t k = 0; k < n; k++) vec_push(&f->extra, seg[k]);
    free(seg);
}

void ir_inst_visit_uses(IrFunc *f, InstId i, IrUseFn *fn, void *ctx)
{
    IrInst *in = &f->insts.data[i.id];
    if (!(ir_op_flags((IrOp)in->op) & IR_TERM)) {
        uint32_t n = ir_inst_nargs(f, i);
        uint32_t *args = irx_op_in_extra((IrOp)in->op) ? f->extra.data + in->args[0] : in->args;
        for (uint32_t k = 0; k < n; k++) fn(ctx, &args[k]);
        return;
    }
    if (in->op == IR_RET) {
        fn(ctx, &in->args[0]);
        return;
    }
    if (in->op == IR_CONDBR || in->op == IR_ITER_NEXT) fn(ctx, &f->extra.data[in->args[0]]);
    for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
        uint32_t *seg = f->extra.data + in->args[0] + edge_offset(f, i, s);
        for (uint32_t k = 0; k < seg[1]; k++) fn(ctx, &seg[2 + k]);
    }
}
