/* listuse.c — what an instruction does with a typed list it takes as an
 * operand: reads it, changes it, iterates it, takes it over, lends it to a
 * call.  The ownership pass (passes/ownership.c) decides from these which
 * lists can be a plain Vec; the Rust emitter asks the same questions to
 * render each use (`&xs`, `xs.py_set(..)`, `&mut xs`), so both agree by
 * construction. */
#include "ir/ir_impl.h"

#include <stdlib.h>

/* The list methods that change their receiver. */
static bool mutating_method(const IrModule *m, StrId name)
{
    static const char *const names[] = {
        "append", "pop", "insert", "extend", "remove", "sort", "sort:reverse", "reverse", "clear", NULL,
    };
    return ir_name_in(ir_str(m, name), ir_str_len(m, name), names);
}

IrListUse ir_list_use(const IrModule *m, const IrFunc *f, InstId i, uint32_t k)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    switch (op) {
    case IR_CALL: return IR_LIST_LEND;
    case IR_RET: case IR_BR: case IR_CONDBR: case IR_ITER_NEXT: return IR_LIST_MOVE;
    case IR_PY_ITER: return IR_LIST_ITER;
    case IR_PY_INPLACE: return k == 0 ? IR_LIST_MOVE_CHANGE : IR_LIST_READ;
    case IR_PY_SETITEM: case IR_PY_DELITEM: return k == 0 ? IR_LIST_CHANGE : IR_LIST_READ;
    case IR_PY_METHOD:
        return k == 0 && mutating_method(m, (StrId){(uint32_t)imm}) ? IR_LIST_CHANGE : IR_LIST_READ;
    case IR_PY_CMP:
        /* identity is the Rc's; two owned Vecs have no identity to compare */
        return imm == IR_PRED_IS || imm == IR_PRED_IS_NOT ? IR_LIST_OTHER : IR_LIST_READ;
    case IR_PY_GETITEM: case IR_PY_CONTAINS: case IR_PY_BINOP: case IR_PY_FORMAT: case IR_PY_TRUTH:
    case IR_PY_BUILTIN: case IR_PRINT: case IR_TO_STR: case IR_TO_REPR: case IR_PY_UNPACK:
        return IR_LIST_READ;
    default: return IR_LIST_OTHER;
    }
}

/* Whether value v of f is lent to a call or changed in place, given what is
 * known of the callees' parameters so far. */
static bool value_changed(const IrModule *m, const IrFunc *f, uint32_t v, bool *const *mut)
{
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        const IrBlock *blk = &f->blocks.data[b];
        for (uint32_t ii = 0; ii < blk->insts.len; ii++) {
            InstId i = blk->insts.data[ii];
            if (ir_op_flags((IrOp)f->insts.data[i.id].op) & IR_TERM) continue;
            const uint32_t *a = ir_inst_args(f, i);
            for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++) {
                if (a[k] != v) continue;
                IrListUse u = ir_list_use(m, f, i, k);
                if (u == IR_LIST_CHANGE || u == IR_LIST_MOVE_CHANGE) return true;
                if (u == IR_LIST_LEND && mut[f->imms.data[i.id]][k]) return true;
            }
        }
    }
    return false;
}

bool **ir_list_changed_params(const IrModule *m)
{
    bool **mut = xcalloc(m->funcs.len + 1, sizeof *mut);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++)
        mut[fi] = xcalloc(m->funcs.data[fi].blocks.len ? m->funcs.data[fi].blocks.data[0].params.len + 1 : 1,
                          sizeof **mut);
    /* monotone: a parameter once known to be changed stays so */
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
            const IrFunc *f = &m->funcs.data[fi];
            if (!f->blocks.len) continue;
            const IrBlock *entry = &f->blocks.data[0];
            for (uint32_t k = 0; k < entry->params.len; k++) {
                uint32_t p = entry->params.data[k].id;
                if (mut[fi][k] || !ir_type_is_list(m, f->values.data[p].type)) continue;
                if (value_changed(m, f, p, mut)) mut[fi][k] = changed = true;
            }
        }
    }
    return mut;
}

void ir_list_changed_params_free(const IrModule *m, bool **mut)
{
    if (!mut) return;
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) free(mut[fi]);
    free(mut);
}
