/* builder.c — appending typed instructions to a function.  Every result
 * type comes from irx_op_result (the one set of typing rules); an ill-typed
 * request is a caller bug and fails an assertion in debug builds. */
#include "ir/ir_impl.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

ValueId irx_value_new(IrFunc *f, TypeId type, ValueDef def, uint32_t owner)
{
    IrValue v = {.type = type, .def = (uint8_t)def, .owner = owner, .name = {IR_NONE_ID}};
    vec_push(&f->values, v);
    return (ValueId){f->values.len - 1};
}

InstId irx_inst_append(IrFunc *f, BlockId blk, IrOp op, uint32_t a0, uint32_t a1,
                       uint64_t imm, SrcLoc loc, uint32_t result)
{
    IrInst inst = {.op = (uint16_t)op, .result = result, .args = {a0, a1}};
    InstId id = {f->insts.len};
    vec_push(&f->insts, inst);
    vec_push(&f->imms, imm);
    vec_push(&f->locs, loc);
    vec_push(&f->blocks.data[blk.id].insts, id);
    if (result != IR_NONE_ID && result < f->values.len) f->values.data[result].owner = id.id;
    return id;
}

static IrFunc *cur(IrBuilder *b) { return &b->m->funcs.data[b->func.id]; }

void ir_builder_init(IrBuilder *b, IrModule *m, FuncId f)
{
    b->m = m;
    b->func = f;
    b->block = (BlockId){0};
    b->loc = (SrcLoc){0, 0, 0};
}

BlockId ir_block_new(IrBuilder *b)
{
    IrFunc *f = cur(b);
    IrBlock blk;
    memset(&blk, 0, sizeof blk);
    vec_push(&f->blocks, blk);
    return (BlockId){f->blocks.len - 1};
}

ValueId ir_block_add_param(IrBuilder *b, BlockId blk, TypeId type, StrId name)
{
    IrFunc *f = cur(b);
    ValueId v = irx_value_new(f, type, VAL_PARAM, blk.id);
    f->values.data[v.id].name = name;
    vec_push(&f->blocks.data[blk.id].params, v);
    return v;
}

void ir_builder_set_block(IrBuilder *b, BlockId blk) { b->block = blk; }

bool ir_block_terminated(const IrBuilder *b, BlockId blk)
{
    return ir_valid(ir_block_term(&b->m->funcs.data[b->func.id], blk).id);
}

ValueId ir_func_param(const IrModule *m, FuncId f, uint32_t i)
{
    return m->funcs.data[f.id].blocks.data[0].params.data[i];
}

/* The one path every builder function takes: types the operands, appends
 * the instruction and its result.  args are ValueIds; those of a variadic
 * op or one with more than two operands go to extra[]. */
static ValueId emit(IrBuilder *b, IrOp op, const uint32_t *args, uint32_t n, uint64_t imm,
                    uint32_t given_type)
{
    IrFunc *f = cur(b);
    assert(!ir_block_terminated(b, b->block) && "instruction after the terminator");
    VEC(TypeId) types = {0};
    for (uint32_t i = 0; i < n; i++) vec_push(&types, f->values.data[args[i]].type);
    uint32_t type = irx_op_result(b->m, op, imm, types.data, n, true);
    vec_free(&types);
    if (type == IR_TYPE_ANY) type = given_type;
    assert(type != IR_NONE_ID && "ill-typed instruction");
    uint32_t a0 = n > 0 ? args[0] : 0, a1 = n > 1 ? args[1] : 0;
    if (irx_op_in_extra(op)) {
        a0 = f->extra.len;
        a1 = n;
        for (uint32_t i = 0; i < n; i++) vec_push(&f->extra, args[i]);
    }
    uint32_t result = IR_NONE_ID;
    if (ir_op_has_result(op)) result = irx_value_new(f, (TypeId){type}, VAL_INST, 0).id;
    irx_inst_append(f, b->block, op, a0, a1, imm, b->loc, result);
    return (ValueId){result};
}

ValueId ir_const_int(IrBuilder *b, int64_t v)
{
    vec_push(&b->m->ints, v);
    return emit(b, IR_CONST_INT, NULL, 0, b->m->ints.len - 1, 0);
}

ValueId ir_const_float(IrBuilder *b, double v)
{
    vec_push(&b->m->floats, v);
    return emit(b, IR_CONST_FLOAT, NULL, 0, b->m->floats.len - 1, 0);
}

ValueId ir_const_bool(IrBuilder *b, bool v) { return emit(b, IR_CONST_BOOL, NULL, 0, v, 0); }

ValueId ir_const_str(IrBuilder *b, const char *s, size_t len)
{
    return emit(b, IR_CONST_STR, NULL, 0, ir_intern(b->m, s, len).id, 0);
}

ValueId ir_const_none(IrBuilder *b) { return emit(b, IR_CONST_NONE, NULL, 0, 0, 0); }

ValueId ir_unop(IrBuilder *b, IrOp op, ValueId a) { return emit(b, op, &a.id, 1, 0, 0); }

ValueId ir_binop(IrBuilder *b, IrOp op, ValueId a, ValueId c)
{
    uint32_t args[2] = {a.id, c.id};
    return emit(b, op, args, 2, 0, 0);
}

ValueId ir_cmp(IrBuilder *b, IrOp op, IrPred pred, ValueId a, ValueId c)
{
    uint32_t args[2] = {a.id, c.id};
    return emit(b, op, args, 2, pred, 0);
}

ValueId ir_py_op(IrBuilder *b, IrOp op, uint64_t imm, ValueId a, ValueId c)
{
    assert((ir_op_flags(op) & IR_GENERIC) && "not a generic op");
    uint32_t args[2] = {a.id, c.id};
    return emit(b, op, args, (uint32_t)ir_op_nargs(op), imm, IR_TYPE_UNKNOWN);
}

ValueId ir_emit(IrBuilder *b, IrOp op, uint64_t imm, const ValueId *args, uint32_t n, TypeId declared)
{
    uint32_t *ids = xmalloc(sizeof *ids * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) ids[i] = args[i].id;
    ValueId r = emit(b, op, ids, n, imm, declared.id);
    free(ids);
    return r;
}

ValueId ir_py_generic(IrBuilder *b, IrOp op, uint64_t imm, const ValueId *args, uint32_t n)
{
    assert((ir_op_flags(op) & IR_GENERIC) && "not a generic op");
    return ir_emit(b, op, imm, args, n, (TypeId){IR_TYPE_UNKNOWN});
}

/* ValueId arrays as the raw id words extra[] stores. */
static uint32_t *ids_of(const ValueId *vs, uint32_t n, uint32_t extra)
{
    uint32_t *ids = xmalloc(sizeof *ids * (n + extra));
    for (uint32_t i = 0; i < n; i++) ids[i] = vs[i].id;
    return ids;
}

static ValueId emit_values(IrBuilder *b, IrOp op, const ValueId *vs, uint32_t n, uint64_t imm,
                           uint32_t given_type)
{
    uint32_t *ids = ids_of(vs, n, 0);
    ValueId r = emit(b, op, ids, n, imm, given_type);
    free(ids);
    return r;
}

ValueId ir_tuple_new(IrBuilder *b, const ValueId *elems, uint32_t n)
{
    return emit_values(b, IR_TUPLE_NEW, elems, n, 0, 0);
}

ValueId ir_tuple_get(IrBuilder *b, ValueId tuple, uint32_t index)
{
    return emit(b, IR_TUPLE_GET, &tuple.id, 1, index, 0);
}

ValueId ir_range_new(IrBuilder *b, ValueId start, ValueId stop, ValueId step)
{
    uint32_t args[3] = {start.id, stop.id, step.id};
    return emit(b, IR_RANGE_NEW, args, 3, 0, 0);
}

ValueId ir_iter_new(IrBuilder *b, ValueId iterable) { return emit(b, IR_ITER_NEW, &iterable.id, 1, 0, 0); }

ValueId ir_builtin(IrBuilder *b, IrBuiltin which, const ValueId *args, uint32_t n, TypeId result)
{
    return emit_values(b, IR_BUILTIN, args, n, which, result.id);
}

ValueId ir_call(IrBuilder *b, FuncId callee, const ValueId *args, uint32_t n)
{
    return emit_values(b, IR_CALL, args, n, callee.id, 0);
}

ValueId ir_global_get(IrBuilder *b, GlobalId g) { return emit(b, IR_GLOBAL_GET, NULL, 0, g.id, 0); }

void ir_global_set(IrBuilder *b, GlobalId g, ValueId v) { emit(b, IR_GLOBAL_SET, &v.id, 1, g.id, 0); }

void ir_annot_check(IrBuilder *b, ValueId v, uint32_t slot) { emit(b, IR_ANNOT_CHECK, &v.id, 1, slot, 0); }

void ir_print(IrBuilder *b, const ValueId *args, uint32_t n, ValueId sep, ValueId end)
{
    uint32_t *ids = ids_of(args, n, 2);
    ids[n] = sep.id;
    ids[n + 1] = end.id;
    emit(b, IR_PRINT, ids, n + 2, 0, 0);
    free(ids);
}

/* ---- terminators: operand and edges laid out in extra[] (see ir.h) ---- */

static void push_edge(IrFunc *f, BlockId target, const ValueId *args, uint32_t n)
{
    vec_push(&f->extra, target.id);
    vec_push(&f->extra, n);
    for (uint32_t i = 0; i < n; i++) vec_push(&f->extra, args[i].id);
}

/* Checks the operand type, then appends the terminator over extra[start..]. */
static void emit_term(IrBuilder *b, IrOp op, uint32_t operand, uint32_t start)
{
    IrFunc *f = cur(b);
    assert(!ir_block_terminated(b, b->block) && "block already terminated");
    TypeId t = {operand != IR_NONE_ID ? f->values.data[operand].type.id : IR_NONE_ID};
    uint32_t type = irx_op_result(b->m, op, 0, &t, operand != IR_NONE_ID, true);
    assert(type != IR_NONE_ID && "ill-typed terminator");
    (void)type;
    irx_inst_append(f, b->block, op, start, f->extra.len - start, 0, b->loc, IR_NONE_ID);
}

void ir_br(IrBuilder *b, BlockId target, const ValueId *args, uint32_t n)
{
    IrFunc *f = cur(b);
    uint32_t start = f->extra.len;
    push_edge(f, target, args, n);
    emit_term(b, IR_BR, IR_NONE_ID, start);
}

/* condbr and iter.next: an operand, then two edges. */
static void emit_two_way(IrBuilder *b, IrOp op, ValueId operand, BlockId b1, const ValueId *args1,
                         uint32_t n1, BlockId b2, const ValueId *args2, uint32_t n2)
{
    IrFunc *f = cur(b);
    uint32_t start = f->extra.len;
    vec_push(&f->extra, operand.id);
    push_edge(f, b1, args1, n1);
    push_edge(f, b2, args2, n2);
    emit_term(b, op, operand.id, start);
}

void ir_condbr(IrBuilder *b, ValueId cond, BlockId then_blk, const ValueId *then_args,
               uint32_t nthen, BlockId else_blk, const ValueId *else_args, uint32_t nelse)
{
    emit_two_way(b, IR_CONDBR, cond, then_blk, then_args, nthen, else_blk, else_args, nelse);
}

void ir_iter_next(IrBuilder *b, ValueId iter, BlockId body, const ValueId *body_args,
                  uint32_t nbody, BlockId exit, const ValueId *exit_args, uint32_t nexit)
{
    emit_two_way(b, IR_ITER_NEXT, iter, body, body_args, nbody, exit, exit_args, nexit);
}

void ir_ret(IrBuilder *b, ValueId v)
{
    IrFunc *f = cur(b);
    assert(!ir_block_terminated(b, b->block) && "block already terminated");
    irx_inst_append(f, b->block, IR_RET, v.id, 0, 0, b->loc, IR_NONE_ID);
}

void ir_unreachable(IrBuilder *b)
{
    assert(!ir_block_terminated(b, b->block) && "block already terminated");
    irx_inst_append(cur(b), b->block, IR_UNREACHABLE, 0, 0, 0, b->loc, IR_NONE_ID);
}
