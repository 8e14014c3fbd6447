/* ownuse.c — what an instruction does with a typed list or dict it takes as
 * an operand: reads it, changes it, iterates it, takes it over, lends it to
 * a call.  The ownership pass (passes/ownership.c) decides from these which
 * lists can be a plain Vec and which dicts a plain Dict; the Rust emitter
 * asks the same questions to render each use (`&xs`, `xs.py_set(..)`,
 * `&mut d`), so both agree by construction.  List and dict methods share
 * their names' meaning (`pop`, `clear`), so one table serves both. */
#include "ir/ir_impl.h"

#include <stdlib.h>

/* The list and dict methods that change their receiver. */
static bool mutating_method(const IrModule *m, StrId name)
{
    static const char *const names[] = {
        "append", "pop", "insert", "extend", "remove", "sort", "sort:reverse", "reverse", "clear",
        "setdefault", "update", NULL,
    };
    return ir_name_in(ir_str(m, name), ir_str_len(m, name), names);
}

/* The dict views: iterators that read their dict while they live. */
static bool view_method(const IrModule *m, StrId name)
{
    static const char *const names[] = { "keys", "values", "items", NULL };
    return ir_name_in(ir_str(m, name), ir_str_len(m, name), names);
}

static IrOwnUse method_use(const IrModule *m, StrId name, uint32_t k)
{
    if (k != 0) return IR_USE_READ;
    if (mutating_method(m, name)) return IR_USE_CHANGE;
    return view_method(m, name) ? IR_USE_ITER : IR_USE_READ;
}

IrOwnUse ir_own_use(const IrModule *m, const IrFunc *f, InstId i, uint32_t k)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    switch (op) {
    case IR_CALL: return IR_USE_LEND;
    case IR_RET: case IR_BR: case IR_CONDBR: case IR_ITER_NEXT: return IR_USE_MOVE;
    case IR_PY_ITER: return IR_USE_ITER;
    case IR_PY_INPLACE: return k == 0 ? IR_USE_MOVE_CHANGE : IR_USE_READ;
    case IR_PY_SETITEM: case IR_PY_DELITEM: return k == 0 ? IR_USE_CHANGE : IR_USE_READ;
    case IR_PY_METHOD: return method_use(m, (StrId){(uint32_t)imm}, k);
    case IR_PY_CMP:
        /* identity is the Rc's; two owned values have no identity to compare */
        return imm == IR_PRED_IS || imm == IR_PRED_IS_NOT ? IR_USE_OTHER : IR_USE_READ;
    case IR_PY_GETITEM: case IR_PY_CONTAINS: case IR_PY_BINOP: case IR_PY_FORMAT: case IR_PY_TRUTH:
    case IR_PY_BUILTIN: case IR_PRINT: case IR_TO_STR: case IR_TO_REPR: case IR_PY_UNPACK:
        return IR_USE_READ;
    default: return IR_USE_OTHER;
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
                IrOwnUse u = ir_own_use(m, f, i, k);
                if (u == IR_USE_CHANGE || u == IR_USE_MOVE_CHANGE) return true;
                if (u == IR_USE_LEND && mut[f->imms.data[i.id]][k]) return true;
            }
        }
    }
    return false;
}

bool **ir_changed_params(const IrModule *m)
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
                if (mut[fi][k] || !ir_type_is_ownable(m, f->values.data[p].type)) continue;
                if (value_changed(m, f, p, mut)) mut[fi][k] = changed = true;
            }
        }
    }
    return mut;
}

void ir_changed_params_free(const IrModule *m, bool **mut)
{
    if (!mut) return;
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) free(mut[fi]);
    free(mut);
}
