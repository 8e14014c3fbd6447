/* emit_expr.c — which SSA values become named Rust variables and which are
 * nested into their single use, and the Rust expression of each instruction.
 *
 * Nesting keeps Python's left-to-right order: inside a block, values waiting
 * to be nested form a stack; an instruction may nest the effectful ones only
 * if they are the top of that stack in operand order, otherwise they are
 * bound with `let` where they are defined.  Pure values nest anywhere. */
#include "backend_rust/rs_impl.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rs_unsupported(RsFn *fn, SrcLoc loc, const char *what)
{
    if (!loc.line) loc = fn->f->loc;
    diag_error(fn->diag, loc, "cannot translate to Rust yet: %s", what);
    fn->ok = false;
}

void rs_unsupported_on(RsFn *fn, InstId i, const char *container)
{
    const char *op = ir_op_name((IrOp)fn->f->insts.data[i.id].op);
    rs_unsupported(fn, fn->f->locs.data[i.id], arena_sprintf(&fn->arena, "this %s on a typed %s", op, container));
}

SrcLoc rs_value_loc(RsFn *fn, uint32_t v)
{
    IrValue *val = &fn->f->values.data[v];
    if (val->def == VAL_INST) return fn->f->locs.data[val->owner];
    return fn->f->loc;
}

static IrOp value_op(RsFn *fn, uint32_t v)
{
    IrValue *val = &fn->f->values.data[v];
    return val->def == VAL_INST ? (IrOp)fn->f->insts.data[val->owner].op : IR_OP_COUNT;
}

static uint64_t value_imm(RsFn *fn, uint32_t v)
{
    return fn->f->imms.data[fn->f->values.data[v].owner];
}

static TypeId vtype(RsFn *fn, uint32_t v) { return fn->f->values.data[v].type; }

bool rs_is_unit(const IrModule *m, TypeId t) { return ir_type_kind(m, t) == TY_NONE; }

bool rs_type_is_copy(const IrModule *m, TypeId t)
{
    switch (ir_type_kind(m, t)) {
    case TY_NONE: case TY_BOOL: case TY_INT: case TY_FLOAT: case TY_RANGE:
        return true;
    case TY_TUPLE:
        for (uint32_t i = 0; i < ir_type_nparams(m, t); i++)
            if (!rs_type_is_copy(m, ir_type_param(m, t, i))) return false;
        return true;
    default:
        return false;
    }
}

/* The scalar types: the items of the simplest typed lists and dicts. */
static bool scalar_type(const IrModule *m, TypeId t)
{
    switch (ir_type_kind(m, t)) {
    case TY_NONE: case TY_BOOL: case TY_INT: case TY_FLOAT: case TY_STR:
        return true;
    default:
        return false;
    }
}

/* The item types of a typed list (py::List<T>, prelude_list.rs): a scalar, a tuple of scalars (up to 12,
 * as Rust orders tuples), or a shared typed list (py::List<T>). */
static bool list_item_type(const IrModule *m, TypeId t)
{
    switch (ir_type_kind(m, t)) {
    case TY_TUPLE:
        if (ir_type_nparams(m, t) == 0 || ir_type_nparams(m, t) > 12) return false;
        for (uint32_t i = 0; i < ir_type_nparams(m, t); i++)
            if (!scalar_type(m, ir_type_param(m, t, i))) return false;
        return true;
    case TY_LIST: return list_item_type(m, ir_type_param(m, t, 0));
    default: return scalar_type(m, t);
    }
}

/* The key types of a typed dict (py::DictRef<K, V>, prelude_dict.rs). */
static bool dict_key_type(const IrModule *m, TypeId t)
{
    return scalar_type(m, t) && ir_type_kind(m, t) != TY_FLOAT;
}

/* Its value types: those of a typed list's items. */
static bool dict_value_type(const IrModule *m, TypeId t) { return list_item_type(m, t); }

/* Whether rs_type_str can spell t (a declaration may then name it). */
bool rs_type_nameable(const IrModule *m, TypeId t)
{
    switch (ir_type_kind(m, t)) {
    case TY_LIST: case TY_VEC:
        return list_item_type(m, ir_type_param(m, t, 0));
    case TY_DICT: case TY_MAP:
        return dict_key_type(m, ir_type_param(m, t, 0)) && dict_value_type(m, ir_type_param(m, t, 1));
    case TY_SET:
        return dict_key_type(m, ir_type_param(m, t, 0));
    case TY_NONE: case TY_BOOL: case TY_INT: case TY_FLOAT: case TY_STR: case TY_RANGE: case TY_OBJECT:
        return true;
    case TY_ITER:
        return ir_type_param(m, t, 0).id == IR_TYPE_OBJECT;
    case TY_TUPLE:
        if (ir_type_nparams(m, t) > 12) return false;
        for (uint32_t i = 0; i < ir_type_nparams(m, t); i++)
            if (!rs_type_nameable(m, ir_type_param(m, t, i))) return false;
        return true;
    default:
        return false;
    }
}

bool rs_type_str(RsFn *fn, TypeId t, StrBuf *out, SrcLoc loc)
{
    const IrModule *m = fn->m;
    switch (ir_type_kind(m, t)) {
    case TY_NONE: sb_puts(out, "()"); return true;
    case TY_BOOL: sb_puts(out, "bool"); return true;
    case TY_INT: sb_puts(out, "i64"); return true;
    case TY_FLOAT: sb_puts(out, "f64"); return true;
    case TY_STR: sb_puts(out, "py::Str"); return true;
    case TY_RANGE: sb_puts(out, "py::Range"); return true;
    case TY_OBJECT: sb_puts(out, "py::Obj"); return true;
    case TY_ITER:
        if (ir_type_param(m, t, 0).id != IR_TYPE_OBJECT) break;
        sb_puts(out, "py::ObjIter");
        return true;
    case TY_LIST: case TY_VEC:
        if (!list_item_type(m, ir_type_param(m, t, 0))) break;
        sb_puts(out, ir_type_kind(m, t) == TY_VEC ? "Vec<" : "py::List<");
        rs_type_str(fn, ir_type_param(m, t, 0), out, loc);
        sb_putc(out, '>');
        return true;
    case TY_DICT: case TY_MAP:
        if (!rs_type_nameable(m, t)) break;
        sb_puts(out, ir_type_kind(m, t) == TY_MAP ? "py::Dict<" : "py::DictRef<");
        rs_type_str(fn, ir_type_param(m, t, 0), out, loc);
        sb_puts(out, ", ");
        rs_type_str(fn, ir_type_param(m, t, 1), out, loc);
        sb_putc(out, '>');
        return true;
    case TY_SET:
        if (!rs_type_nameable(m, t)) break;
        sb_puts(out, "py::SetRef<");
        rs_type_str(fn, ir_type_param(m, t, 0), out, loc);
        sb_putc(out, '>');
        return true;
    case TY_TUPLE: {
        uint32_t n = ir_type_nparams(m, t);
        if (n > 12) {
            rs_unsupported(fn, loc, "tuples of more than 12 elements");
            return false;
        }
        if (n == 0) {
            sb_puts(out, "py::Tuple0");
            return true;
        }
        sb_putc(out, '(');
        for (uint32_t i = 0; i < n; i++) {
            if (i) sb_puts(out, ", ");
            if (!rs_type_str(fn, ir_type_param(m, t, i), out, loc)) return false;
        }
        sb_puts(out, n == 1 ? ",)" : ")");
        return true;
    }
    default: break;
    }
    StrBuf name;
    sb_init(&name);
    ir_type_print(m, t, &name);
    char *msg = arena_sprintf(&fn->arena, "values of type %s", name.data ? name.data : "?");
    sb_free(&name);
    rs_unsupported(fn, loc, msg);
    return false;
}

/* Ops that have no observable effect in their Rust form (may be dropped or
 * moved).  int.to_float cannot fail on i64; a slice object is only built
 * (its parts are checked where it is used). */
static bool op_pure(IrOp op)
{
    return (ir_op_flags(op) & IR_PURE) || op == IR_INT_TO_FLOAT || op == IR_TUPLE_GET || op == IR_PY_SLICE;
}

static bool value_pure(RsFn *fn, uint32_t v)
{
    IrOp op = value_op(fn, v);
    if (op == IR_OP_COUNT) return true;
    if (op == IR_RANGE_NEW) {
        /* pure when the step is a nonzero constant */
        const uint32_t *a = ir_inst_args(fn->f, (InstId){fn->f->values.data[v].owner});
        uint32_t st = fn->alias[a[2]];
        return value_op(fn, st) == IR_CONST_INT && fn->m->ints.data[value_imm(fn, st)] != 0;
    }
    if (op == IR_BUILTIN) {
        /* these cannot raise in their Rust form (and Ord::min is must_use) */
        uint64_t b = value_imm(fn, v);
        return b == IR_BI_MIN || b == IR_BI_MAX || b == IR_BI_HEX || b == IR_BI_BIN || b == IR_BI_OCT ||
               b == IR_BI_LEN;
    }
    return op_pure(op);
}

static uint32_t root(RsFn *fn, uint32_t v)
{
    return fn->alias[v];
}

/* ---- analysis ------------------------------------------------------------- */

typedef VEC(uint32_t) U32s;

/* The operands of a non-terminator instruction in evaluation order, or of a
 * terminator: its operand, then the arguments of each edge to a variable. */
static void operands(RsFn *fn, InstId i, U32s *out)
{
    IrInst *in = ir_inst(fn->f, i);
    out->len = 0;
    if (ir_op_flags((IrOp)in->op) & IR_TERM) {
        if (in->op == IR_RET || in->op == IR_CONDBR || in->op == IR_ITER_NEXT)
            vec_push(out, ir_term_operand(fn->f, i).id);
        for (uint32_t s = 0; s < ir_term_nsuccs(fn->f, i); s++) {
            IrEdge e = ir_term_succ(fn->f, i, s);
            IrBlock *t = ir_block(fn->f, e.target);
            for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++)
                if (fn->vkind[t->params.data[k].id] == RS_V_VAR) vec_push(out, e.args[k]);
        }
        return;
    }
    uint32_t n = ir_inst_nargs(fn->f, i);
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < n; k++) vec_push(out, a[k]);
}

static bool is_const_op(IrOp op)
{
    return op == IR_CONST_INT || op == IR_CONST_FLOAT || op == IR_CONST_BOOL ||
           op == IR_CONST_STR || op == IR_CONST_NONE;
}

static void mark_for_loops(RsFn *fn)
{
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t h = fn->cfg.rpo[i];
        if (!fn->is_header[h]) continue;
        IrBlock *hb = ir_block(fn->f, (BlockId){h});
        InstId term = ir_block_term(fn->f, (BlockId){h});
        if (hb->insts.len != 1 || ir_inst(fn->f, term)->op != IR_ITER_NEXT) continue;
        uint32_t it = root(fn, ir_term_operand(fn->f, term).id);
        if ((value_op(fn, it) != IR_ITER_NEW && value_op(fn, it) != IR_PY_ITER) || fn->uses[it] != 1) continue;
        uint32_t d = fn->def_block[it];
        /* the header's one forward edge comes from the iterator's block */
        uint32_t fwd = 0, from = IR_NONE_ID;
        for (uint32_t k = 0; k < fn->cfg.preds[h].len; k++) {
            uint32_t p = fn->cfg.preds[h].data[k];
            if (fn->cfg.rpo_index[p] == IR_NONE_ID || fn->cfg.rpo_index[p] >= fn->cfg.rpo_index[h]) continue;
            fwd++;
            from = p;
        }
        if (fwd != 1 || from != d) continue;
        uint32_t body = ir_term_succ(fn->f, term, 0).target.id;
        uint32_t exit = ir_term_succ(fn->f, term, 1).target.id;
        if (rs_nedges_in(fn, body) != 1 || body == h) continue;
        if (!(fn->place[exit] == h && fn->is_exit[exit])) continue;
        if (rs_edge_has_copies(fn, h, 1)) continue;
        fn->uses_for[h] = true;
        fn->vkind[it] = RS_V_FORITER;
    }
}

/* Whether iterator v is the one a `for` header consumes (bound to a `let`
 * when effects before the loop had to stay in order: `for x in v`). */
static bool feeds_for(RsFn *fn, uint32_t v)
{
    for (uint32_t h = 0; h < fn->nblocks; h++)
        if (fn->uses_for[h] && root(fn, ir_term_operand(fn->f, ir_block_term(fn->f, (BlockId){h})).id) == v)
            return true;
    return false;
}

/* Whether pending value v, with the operands nested into it, can move past
 * an effect: `not xs` (bool.not of the list's truth test) is pure as an op
 * but reads the list an effect may change. */
static bool pending_pure(RsFn *fn, uint32_t v)
{
    if (!value_pure(fn, v)) return false;
    if (value_op(fn, v) == IR_OP_COUNT) return true;
    InstId i = {fn->f->values.data[v].owner};
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0, n = ir_inst_nargs(fn->f, i); k < n; k++) {
        uint32_t r = root(fn, a[k]);
        if (fn->vkind[r] == RS_V_INLINE && !pending_pure(fn, r)) return false;
    }
    return true;
}

/* Whether instruction i takes a Vec or a Dict mutably or by value (lent as
 * &mut to a call, moved by `xs += ys` or by a branch) while another of its
 * operands, nested, reads the same one: Rust would see that read inside the borrow
 * (or after the move), so the reader must be bound before (the ownership
 * pass counts on it). */
static bool owned_taken_while_read(RsFn *fn, InstId i, const U32s *ops)
{
    IrInst *in = ir_inst(fn->f, i);
    bool term = (ir_op_flags((IrOp)in->op) & IR_TERM) != 0;
    const uint32_t *a = term ? ops->data : ir_inst_args(fn->f, i);
    uint32_t n = term ? ops->len : ir_inst_nargs(fn->f, i);
    for (uint32_t k = 0; k < n; k++) {
        uint32_t x = root(fn, a[k]);
        if (!ir_type_is_owned(fn->m, vtype(fn, x))) continue;
        bool taken = term || (in->op == IR_CALL && fn->changed_params[fn->f->imms.data[i.id]][k]) ||
                     (in->op == IR_PY_INPLACE && k == 0);
        for (uint32_t j = 0; taken && j < n; j++)
            if (j != k && root(fn, a[j]) != x && rs_reads_var(fn, a[j], x)) return true;
    }
    return false;
}

/* The stack discipline of the module comment, one block at a time. */
static void choose_nesting(RsFn *fn, uint32_t b)
{
    IrBlock *blk = ir_block(fn->f, (BlockId){b});
    U32s stack = {0}, ops = {0}, cons = {0}, np = {0};
    for (uint32_t ii = 0; ii < blk->insts.len; ii++) {
        InstId i = blk->insts.data[ii];
        IrInst *in = ir_inst(fn->f, i);
        bool term = (ir_op_flags((IrOp)in->op) & IR_TERM) != 0;
        operands(fn, i, &ops);
        /* consumed effectful pending values, in operand order */
        cons.len = 0;
        for (uint32_t k = 0; k < ops.len; k++) {
            uint32_t r = root(fn, ops.data[k]);
            for (uint32_t s = 0; s < stack.len; s++)
                if (stack.data[s] == r) {
                    bool dup = false;
                    for (uint32_t c = 0; c < cons.len; c++) dup |= cons.data[c] == r;
                    if (!dup && !value_pure(fn, r)) vec_push(&cons, r);
                }
        }
        /* a parallel copy may reorder its sources: at most one effectful */
        bool ordered = !(term && cons.len > 1 && in->op != IR_RET);
        np.len = 0;
        for (uint32_t s = 0; s < stack.len; s++)
            if (!value_pure(fn, stack.data[s])) vec_push(&np, stack.data[s]);
        if (cons.len > np.len) ordered = false;
        for (uint32_t k = 0; ordered && k < cons.len; k++)
            ordered = np.data[np.len - cons.len + k] == cons.data[k];
        if (!ordered || owned_taken_while_read(fn, i, &ops)) {
            /* bind the effectful pending values where they are defined */
            uint32_t w = 0;
            for (uint32_t s = 0; s < stack.len; s++) {
                if (value_pure(fn, stack.data[s])) stack.data[w++] = stack.data[s];
                else fn->vkind[stack.data[s]] = RS_V_LET;
            }
            stack.len = w;
        }
        /* drop the consumed values */
        {
            uint32_t w = 0;
            for (uint32_t s = 0; s < stack.len; s++) {
                bool used = false;
                for (uint32_t k = 0; k < ops.len; k++) used |= root(fn, ops.data[k]) == stack.data[s];
                if (!used) stack.data[w++] = stack.data[s];
            }
            stack.len = w;
        }
        if (term) break;
        uint32_t v = in->result;
        bool effect = !op_pure((IrOp)in->op) || (v != IR_NONE_ID && !value_pure(fn, v));
        /* an iterator stays a variable (it is advanced), except a dict view
         * (d.items()), which only the loop or builtin consuming it reads */
        if (v != IR_NONE_ID && fn->vkind[v] == RS_V_LET && fn->uses[v] == 1 && fn->use_block[v] == b &&
            (ir_type_kind(fn->m, vtype(fn, v)) != TY_ITER || in->op == IR_PY_METHOD)) {
            fn->vkind[v] = RS_V_INLINE;
            vec_push(&stack, v);
            continue;
        }
        if (v != IR_NONE_ID && fn->vkind[v] == RS_V_FORITER) {
            vec_push(&stack, v);   /* consumed by the for loop after the block */
            continue;
        }
        if (effect) {
            uint32_t w = 0;
            for (uint32_t s = 0; s < stack.len; s++) {
                if (pending_pure(fn, stack.data[s])) stack.data[w++] = stack.data[s];
                else if (fn->vkind[stack.data[s]] == RS_V_INLINE) fn->vkind[stack.data[s]] = RS_V_LET;
                else stack.data[w++] = stack.data[s];
            }
            stack.len = w;
        }
    }
    vec_free(&stack);
    vec_free(&ops);
    vec_free(&cons);
    vec_free(&np);
}

/* Calls visit(block, param, arg) for each argument of each edge leaving a
 * reachable block. */
typedef void EdgeArgFn(RsFn *fn, uint32_t block, uint32_t param, uint32_t arg, void *ctx);

static void for_each_edge_arg(RsFn *fn, EdgeArgFn *visit, void *ctx)
{
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        InstId term = ir_block_term(fn->f, (BlockId){b});
        if (!ir_valid(term.id)) continue;
        for (uint32_t s = 0; s < ir_term_nsuccs(fn->f, term); s++) {
            IrEdge e = ir_term_succ(fn->f, term, s);
            IrBlock *t = ir_block(fn->f, e.target);
            for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++)
                visit(fn, b, t->params.data[k].id, e.args[k], ctx);
        }
    }
}

static void propagate_live(RsFn *fn, uint32_t b, uint32_t p, uint32_t arg, void *ctx)
{
    (void)b;
    uint32_t r = root(fn, arg);
    if (fn->vkind[p] == RS_V_VAR && fn->live[p] && !fn->live[r]) {
        fn->live[r] = true;
        *(bool *)ctx = true;
    }
}

static void count_edge_use(RsFn *fn, uint32_t b, uint32_t p, uint32_t arg, void *ctx)
{
    (void)ctx;
    uint32_t r = root(fn, arg);
    if (fn->vkind[p] != RS_V_VAR || r == p) return;
    fn->uses[r]++;
    fn->use_block[r] = b;
}

static void clear_annotation(RsFn *fn, uint32_t b, uint32_t p, uint32_t arg, void *ctx)
{
    (void)b;
    (void)ctx;
    if (fn->vkind[root(fn, arg)] != RS_V_CONST) fn->annotate[p] = false;
}

/* An expression whose Rust type comes from its operands alone, all of them
 * literals: `0.0 + 1.5` is {float}, `1 & 2` is {integer} until a use fixes
 * them, so a `let` of one needs its type. */
static bool literal_operands(RsFn *fn, uint32_t v, bool top)
{
    uint32_t r = root(fn, v);
    IrOp op = value_op(fn, r);
    if (fn->vkind[r] == RS_V_CONST) return op == IR_CONST_FLOAT || op == IR_CONST_INT;
    if (!top && fn->vkind[r] != RS_V_INLINE) return false;
    if (op != IR_FLOAT_NEG && op != IR_FLOAT_ADD && op != IR_FLOAT_SUB && op != IR_FLOAT_MUL &&
        op != IR_INT_AND && op != IR_INT_OR && op != IR_INT_XOR && op != IR_INT_INVERT)
        return false;
    InstId i = { fn->f->values.data[r].owner };
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < ir_inst_nargs(fn->f, i); k++)
        if (!literal_operands(fn, a[k], false)) return false;
    return true;
}

static bool literal_typed(RsFn *fn, uint32_t v) { return literal_operands(fn, v, true); }

void rs_analyse_values(RsFn *fn)
{
    IrFunc *f = fn->f;
    uint32_t nv = fn->nvals;
    for (uint32_t v = 0; v < nv; v++) {
        fn->alias[v] = v;
        fn->use_block[v] = fn->def_block[v] = fn->def_pos[v] = IR_NONE_ID;
        IrValue *val = &f->values.data[v];
        if (val->def == VAL_INST) {
            fn->vkind[v] = is_const_op((IrOp)f->insts.data[val->owner].op) ? RS_V_CONST : RS_V_LET;
        } else {
            fn->vkind[v] = val->owner == 0 ? RS_V_PARAM : RS_V_VAR;
            fn->def_block[v] = val->owner;
        }
    }
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        IrBlock *blk = ir_block(f, (BlockId){b});
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            uint32_t r = f->insts.data[blk->insts.data[k].id].result;
            if (r != IR_NONE_ID) {
                fn->def_block[r] = b;
                fn->def_pos[r] = k;
            }
        }
    }
    if (rs_nedges_in(fn, 0) > 0) rs_unsupported(fn, f->loc, "a function whose entry block is a loop header");
    /* aliases: the parameters of a block with one incoming edge */
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        InstId term = ir_block_term(f, (BlockId){b});
        if (!ir_valid(term.id)) continue;
        for (uint32_t s = 0; s < ir_term_nsuccs(f, term); s++) {
            IrEdge e = ir_term_succ(f, term, s);
            uint32_t y = e.target.id;
            if (y == 0 || rs_nedges_in(fn, y) != 1) continue;
            IrBlock *t = ir_block(f, e.target);
            for (uint32_t k = 0; k < t->params.len; k++) {
                uint32_t p = t->params.data[k].id;
                if (k < e.nargs) {
                    fn->alias[p] = e.args[k];
                    fn->vkind[p] = RS_V_ALIAS;
                } else {
                    fn->vkind[p] = RS_V_ITEM;
                }
            }
        }
    }
    for (uint32_t v = 0; v < nv; v++) {
        uint32_t r = v;
        for (uint32_t guard = 0; fn->alias[r] != r && guard < nv; guard++) r = fn->alias[r];
        fn->alias[v] = r;
    }
    U32s ops = {0};
    /* values nothing reads that vanish from the Rust, to a fixpoint: a pure
     * result whose readers all vanished (int.to_float stays in the IR, as it
     * may raise on big ints, but cannot on i64), a variable only they read.
     * Their instructions then make no uses below. */
    uint32_t *reads = arena_zalloc(&fn->arena, sizeof *reads * (nv + 1));
    for (bool changed = true; changed;) {
        changed = false;
        memset(reads, 0, sizeof *reads * nv);
        for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
            IrBlock *blk = ir_block(f, (BlockId){fn->cfg.rpo[i]});
            for (uint32_t k = 0; k < blk->insts.len; k++) {
                uint32_t r = f->insts.data[blk->insts.data[k].id].result;
                if (r != IR_NONE_ID && fn->vkind[r] == RS_V_DEAD) continue;
                operands(fn, blk->insts.data[k], &ops);
                for (uint32_t a = 0; a < ops.len; a++) reads[root(fn, ops.data[a])]++;
            }
        }
        for (uint32_t v = 0; v < nv; v++)
            if (reads[v] == 0 && ((fn->vkind[v] == RS_V_LET && value_pure(fn, v)) || fn->vkind[v] == RS_V_VAR)) {
                fn->vkind[v] = RS_V_DEAD;
                changed = true;
            }
    }
    /* liveness of variables and use counts */
    bool *used = fn->live;
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        IrBlock *blk = ir_block(f, (BlockId){b});
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId ins = blk->insts.data[k];
            IrInst *in = ir_inst(f, ins);
            if (ir_op_flags((IrOp)in->op) & IR_TERM) {
                if (in->op == IR_RET || in->op == IR_CONDBR || in->op == IR_ITER_NEXT) {
                    uint32_t r = root(fn, ir_term_operand(f, ins).id);
                    used[r] = true;
                    fn->uses[r]++;
                    fn->use_block[r] = b;
                }
                continue;
            }
            if (in->result != IR_NONE_ID && fn->vkind[in->result] == RS_V_DEAD) continue;
            operands(fn, ins, &ops);
            for (uint32_t a = 0; a < ops.len; a++) {
                uint32_t r = root(fn, ops.data[a]);
                used[r] = true;
                fn->uses[r]++;
                fn->use_block[r] = b;
            }
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for_each_edge_arg(fn, propagate_live, &changed);
    }
    for (uint32_t v = 0; v < nv; v++)
        if (fn->vkind[v] == RS_V_VAR && !used[v]) fn->vkind[v] = RS_V_DEAD;
    for_each_edge_arg(fn, count_edge_use, NULL);
    vec_free(&ops);
    /* unused results: pure ones vanish, the others stay as statements */
    for (uint32_t v = 0; v < nv; v++)
        if (fn->vkind[v] == RS_V_LET && fn->uses[v] == 0 && value_pure(fn, v)) fn->vkind[v] = RS_V_DEAD;
    mark_for_loops(fn);
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) choose_nesting(fn, fn->cfg.rpo[i]);
    /* what needs `mut`, a type, a statement */
    for (uint32_t v = 0; v < nv; v++) {
        if (fn->vkind[v] == RS_V_VAR) fn->needs_mut[v] = fn->is_header[fn->def_block[v]];
        if (fn->vkind[v] == RS_V_LET && ir_type_kind(fn->m, vtype(fn, v)) == TY_ITER && !feeds_for(fn, v))
            fn->needs_mut[v] = true;
        if (fn->vkind[v] == RS_V_LET && ir_type_kind(fn->m, vtype(fn, v)) == TY_TUPLE) fn->annotate[v] = true;
        if (fn->vkind[v] == RS_V_LET && literal_typed(fn, v)) fn->annotate[v] = true;
    }
    for (uint32_t v = 0; v < nv; v++)
        if (fn->vkind[v] == RS_V_VAR &&
            (ir_type_kind(fn->m, vtype(fn, v)) == TY_INT || ir_type_kind(fn->m, vtype(fn, v)) == TY_FLOAT))
            fn->annotate[v] = true;
    for_each_edge_arg(fn, clear_annotation, NULL);
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        InstId term = ir_block_term(f, (BlockId){b});
        IrBlock *blk = ir_block(f, (BlockId){b});
        for (uint32_t k = 0; k + 1 < blk->insts.len || (k < blk->insts.len && !ir_valid(term.id)); k++) {
            IrInst *in = ir_inst(f, blk->insts.data[k]);
            uint32_t r = in->result;
            if (r == IR_NONE_ID || fn->vkind[r] == RS_V_LET) fn->has_stmts[b] = true;
        }
    }
}

/* ---- rendering -------------------------------------------------------------- */

void rs_wrap_from(StrBuf *out, size_t at, const char *before, const char *after)
{
    StrBuf t;
    sb_init(&t);
    sb_puts(&t, out->data + at);
    out->len = at;
    out->data[at] = '\0';
    sb_printf(out, "%s%s%s", before, t.data, after);
    sb_free(&t);
}

static void put_float(StrBuf *out, double x, int prec, bool suffix)
{
    if (isnan(x)) {
        sb_puts(out, "f64::NAN");
        return;
    }
    if (isinf(x)) {
        sb_puts(out, x > 0 ? "f64::INFINITY" : (prec > RS_PREC_UNARY ? "(-f64::INFINITY)" : "-f64::INFINITY"));
        return;
    }
    char buf[64];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, x);
        if (strtod(buf, NULL) == x) break;
    }
    /* fixed notation where Python's repr uses it: 10.0, not 1.0e1 */
    char *e = strchr(buf, 'e');
    if (e) {
        int ex = atoi(e + 1), digits = 0;
        for (const char *c = buf; c < e; c++) digits += *c >= '0' && *c <= '9';
        if (ex >= -4 && ex < 16) {
            snprintf(buf, sizeof buf, "%.*f", digits - 1 - ex > 0 ? digits - 1 - ex : 0, x);
            e = NULL;
        }
    }
    bool neg = buf[0] == '-';
    if (neg && prec > RS_PREC_UNARY) sb_putc(out, '(');
    /* Rust wants a digit before and after the point, and no "e+" */
    if (e) {
        char mant[64];
        size_t ml = (size_t)(e - buf);
        memcpy(mant, buf, ml);
        mant[ml] = '\0';
        int ex = atoi(e + 1);
        sb_printf(out, "%s%se%d", mant, strchr(mant, '.') ? "" : ".0", ex);
    } else {
        sb_printf(out, "%s%s", buf, strchr(buf, '.') ? "" : ".0");
    }
    if (suffix) sb_puts(out, "_f64");
    if (neg && prec > RS_PREC_UNARY) sb_putc(out, ')');
}

/* Invisible code points that a Rust literal spells as escapes: C1
 * controls, format characters, line/paragraph separators and above all the
 * bidi controls, which rustc rejects (text_direction_codepoint_in_literal). */
static bool escape_in_literal(uint32_t u)
{
    return (u >= 0x80 && u <= 0x9f) || u == 0xad || u == 0x61c || u == 0x180e ||
           (u >= 0x200b && u <= 0x200f) || (u >= 0x2028 && u <= 0x202e) || (u >= 0x2060 && u <= 0x206f) ||
           u == 0xfeff || (u >= 0xfff9 && u <= 0xfffb) || (u >= 0xe0000 && u <= 0xe0fff);
}

/* s (UTF-8, len bytes) as a Rust string literal, quotes included. */
void rs_put_str_literal(StrBuf *out, const char *s, uint32_t len)
{
    sb_putc(out, '"');
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xc0) {
            uint32_t n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            uint32_t u = c & (0x3f >> n);
            for (uint32_t k = 1; k <= n && i + k < len; k++) u = u << 6 | ((unsigned char)s[i + k] & 0x3f);
            if (i + n < len && escape_in_literal(u)) {
                sb_printf(out, "\\u{%x}", (unsigned)u);
                i += n;
                continue;
            }
        }
        switch (c) {
        case '"': sb_puts(out, "\\\""); break;
        case '\\': sb_puts(out, "\\\\"); break;
        case '\n': sb_puts(out, "\\n"); break;
        case '\r': sb_puts(out, "\\r"); break;
        case '\t': sb_puts(out, "\\t"); break;
        case '\0': sb_puts(out, "\\0"); break;
        default:
            if (c < 0x20 || c == 0x7f) sb_printf(out, "\\x%02x", c);
            else sb_putc(out, (char)c);
        }
    }
    sb_putc(out, '"');
}

static void render_const(RsFn *fn, StrBuf *out, uint32_t v, int prec)
{
    IrOp op = value_op(fn, v);
    uint64_t imm = value_imm(fn, v);
    switch (op) {
    case IR_CONST_INT: {
        int64_t x = fn->m->ints.data[imm];
        if (x == INT64_MIN) {
            sb_puts(out, "i64::MIN");
            return;
        }
        bool paren = x < 0 && prec > RS_PREC_UNARY;
        sb_printf(out, "%s%" PRId64 "%s%s", paren ? "(" : "", x, fn->generic ? "_i64" : "", paren ? ")" : "");
        return;
    }
    case IR_CONST_FLOAT:
        put_float(out, fn->m->floats.data[imm], prec, fn->generic);
        return;
    case IR_CONST_BOOL:
        sb_puts(out, imm ? "true" : "false");
        return;
    case IR_CONST_NONE:
        sb_puts(out, "()");
        return;
    case IR_CONST_STR:
        sb_puts(out, "py::s(");
        rs_put_str_literal(out, ir_str(fn->m, (StrId){(uint32_t)imm}), ir_str_len(fn->m, (StrId){(uint32_t)imm}));
        sb_putc(out, ')');
        return;
    default:
        return;
    }
}

/* Float arithmetic on literals only: `-2.5` or `1.5 * 2.0` has Rust's
 * ambiguous type {float} unless a literal carries the suffix. */
static bool float_literal_only(RsFn *fn, uint32_t v)
{
    uint32_t r = root(fn, v);
    IrOp op = value_op(fn, r);
    if (fn->vkind[r] == RS_V_CONST) return op == IR_CONST_FLOAT;
    if (fn->vkind[r] != RS_V_INLINE) return false;
    if (op != IR_FLOAT_NEG && op != IR_FLOAT_ADD && op != IR_FLOAT_SUB && op != IR_FLOAT_MUL) return false;
    const uint32_t *a = ir_inst_args(fn->f, (InstId){fn->f->values.data[r].owner});
    uint32_t n = ir_inst_nargs(fn->f, (InstId){fn->f->values.data[r].owner});
    for (uint32_t k = 0; k < n; k++)
        if (!float_literal_only(fn, a[k])) return false;
    return true;
}

/* A let value read by one instruction that runs once per definition: not
 * inside a loop the definition is outside of (a comprehension's inner loop
 * reading the outer loop's variable), so that read may move it. */
static bool used_once(const RsFn *fn, uint32_t r)
{
    if (fn->vkind[r] != RS_V_LET || fn->uses[r] != 1) return false;
    uint32_t use = fn->use_block[r], def = fn->def_block[r];
    if (use == IR_NONE_ID || fn->hdr[use] == IR_NONE_ID) return true;
    return def != IR_NONE_ID && rs_in_loop(fn, def, fn->hdr[use]);
}

void rs_render_value(RsFn *fn, StrBuf *out, uint32_t v, int prec, bool move)
{
    uint32_t r = root(fn, v);
    if (fn->override[fn->var[r]]) {
        sb_puts(out, fn->override[fn->var[r]]);
        return;
    }
    switch (fn->vkind[r]) {
    case RS_V_CONST:
        render_const(fn, out, r, prec);
        return;
    case RS_V_INLINE: {
        /* typed operands of an expression need no literal suffixes */
        bool old = fn->generic;
        IrOp op = value_op(fn, r);
        fn->generic = old && (op == IR_TUPLE_NEW || op == IR_INT_AND || op == IR_INT_OR ||
                              op == IR_INT_XOR || op == IR_INT_INVERT || float_literal_only(fn, r));
        rs_render_inst(fn, out, r, prec);
        fn->generic = old;
        return;
    }
    case RS_V_FORITER:
        rs_unsupported(fn, rs_value_loc(fn, r), "an iterator used outside its for loop");
        return;
    default:
        sb_puts(out, fn->name[r] ? fn->name[r] : "_missing");
        /* a Vec or a Dict is moved only where the ownership pass proved it dead after */
        if (move && !rs_type_is_copy(fn->m, vtype(fn, r)) && !ir_type_is_owned(fn->m, vtype(fn, r)) &&
            !used_once(fn, r))
            sb_puts(out, ".clone()");
    }
}

void rs_render_stored(RsFn *fn, StrBuf *out, uint32_t v)
{
    bool old = fn->generic;
    fn->generic = ir_type_kind(fn->m, vtype(fn, v)) == TY_INT;
    rs_render_value(fn, out, v, RS_PREC_LOWEST, true);
    fn->generic = old;
}

/* A str operand passed as &str: literals directly, values by reference. */
void rs_render_str_ref(RsFn *fn, StrBuf *out, uint32_t v)
{
    uint32_t r = root(fn, v);
    if (fn->vkind[r] == RS_V_CONST && value_op(fn, r) == IR_CONST_STR && !fn->override[r]) {
        uint64_t imm = value_imm(fn, r);
        rs_put_str_literal(out, ir_str(fn->m, (StrId){(uint32_t)imm}), ir_str_len(fn->m, (StrId){(uint32_t)imm}));
        return;
    }
    sb_putc(out, '&');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
}

/* &x for a generic (&dyn Show / &T) parameter. */
static void render_generic_ref(RsFn *fn, StrBuf *out, uint32_t v)
{
    uint32_t r = root(fn, v);
    if (fn->vkind[r] == RS_V_CONST && value_op(fn, r) == IR_CONST_STR && !fn->override[r]) {
        rs_render_str_ref(fn, out, v);
        return;
    }
    bool old = fn->generic;
    fn->generic = true;
    sb_putc(out, '&');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
    fn->generic = old;
}

static void call_args(RsFn *fn, StrBuf *out, const uint32_t *a, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (k) sb_puts(out, ", ");
        rs_render_value(fn, out, a[k], RS_PREC_LOWEST, true);
    }
}

static void py_call(RsFn *fn, StrBuf *out, const char *name, const uint32_t *a, uint32_t n)
{
    sb_printf(out, "py::%s(", name);
    call_args(fn, out, a, n);
    sb_putc(out, ')');
}

static void binary(RsFn *fn, StrBuf *out, const uint32_t *a, const char *op, int p, int prec)
{
    bool paren = p < prec;
    if (paren) sb_putc(out, '(');
    rs_render_value(fn, out, a[0], p, false);
    sb_printf(out, " %s ", op);
    rs_render_value(fn, out, a[1], p + 1, false);
    if (paren) sb_putc(out, ')');
}

static const char *const pred_rust[] = { "==", "!=", "<", "<=", ">", ">=", "==", "!=" };

/* A method call on a receiver: receiver.name(args). */
static void method(RsFn *fn, StrBuf *out, uint32_t recv, const char *name, const uint32_t *a, uint32_t n)
{
    bool old = fn->generic;
    fn->generic = true;
    rs_render_value(fn, out, recv, RS_PREC_POSTFIX, false);
    fn->generic = old;
    sb_printf(out, ".%s(", name);
    call_args(fn, out, a, n);
    sb_putc(out, ')');
}

static void render_builtin(RsFn *fn, StrBuf *out, uint32_t v, IrBuiltin which, const uint32_t *a, uint32_t n, int prec)
{
    TypeKind k0 = n ? ir_type_kind(fn->m, vtype(fn, a[0])) : TY_NONE;
    TypeKind rk = ir_type_kind(fn->m, vtype(fn, v));
    switch (which) {
    case IR_BI_ABS:
        if (k0 == TY_INT) { py_call(fn, out, "abs", a, 1); return; }
        if (k0 == TY_FLOAT) { method(fn, out, a[0], "abs", NULL, 0); return; }
        if (k0 == TY_BOOL) { sb_puts(out, "i64::from("); call_args(fn, out, a, 1); sb_putc(out, ')'); return; }
        break;
    case IR_BI_MIN:
    case IR_BI_MAX: {
        if (n < 2) break;
        bool mx = which == IR_BI_MAX;
        if (k0 == TY_FLOAT) {
            /* Python folds left: max(a, b, c) == max(max(a, b), c) */
            for (uint32_t k = 1; k < n; k++) sb_printf(out, "py::%s(", mx ? "fmax" : "fmin");
            rs_render_value(fn, out, a[0], RS_PREC_LOWEST, true);
            for (uint32_t k = 1; k < n; k++) {
                sb_puts(out, ", ");
                rs_render_value(fn, out, a[k], RS_PREC_LOWEST, true);
                sb_putc(out, ')');
            }
            return;
        }
        if (k0 == TY_INT || k0 == TY_BOOL || k0 == TY_STR) {
            bool old = fn->generic;
            fn->generic = true;
            rs_render_value(fn, out, a[0], RS_PREC_POSTFIX, true);
            fn->generic = old;
            for (uint32_t k = 1; k < n; k++) {
                sb_printf(out, ".%s(", mx ? "max" : "min");
                rs_render_value(fn, out, a[k], RS_PREC_LOWEST, true);
                sb_putc(out, ')');
            }
            return;
        }
        break;
    }
    case IR_BI_ROUND:
        if (k0 == TY_FLOAT && n == 1 && rk == TY_INT) { py_call(fn, out, "round", a, 1); return; }
        if (k0 == TY_FLOAT && n == 2) { py_call(fn, out, "round_to", a, 2); return; }
        if (k0 == TY_INT && n == 1) { rs_render_value(fn, out, a[0], prec, false); return; }
        if (k0 == TY_INT && n == 2) { py_call(fn, out, "round_int", a, 2); return; }
        break;
    case IR_BI_DIVMOD:
        if (k0 == TY_INT) { py_call(fn, out, "divmod", a, 2); return; }
        if (k0 == TY_FLOAT) { py_call(fn, out, "fdivmod", a, 2); return; }
        break;
    case IR_BI_HEX: case IR_BI_BIN: case IR_BI_OCT:
        if (k0 == TY_INT)
            { py_call(fn, out, which == IR_BI_HEX ? "hex" : which == IR_BI_BIN ? "bin" : "oct", a, 1); return; }
        break;
    case IR_BI_POW:
        if (rk == TY_INT && k0 == TY_INT) { py_call(fn, out, "pow", a, 2); return; }
        if (rk == TY_FLOAT) {
            sb_puts(out, "py::fpow(");
            for (uint32_t k = 0; k < 2; k++) {
                if (k) sb_puts(out, ", ");
                bool conv = ir_type_kind(fn->m, vtype(fn, a[k])) == TY_INT;
                bool old = fn->generic;
                fn->generic = conv;
                rs_render_value(fn, out, a[k], conv ? RS_PREC_UNARY : RS_PREC_LOWEST, false);
                fn->generic = old;
                if (conv) sb_puts(out, " as f64");
            }
            sb_putc(out, ')');
            return;
        }
        break;
    case IR_BI_ORD:
        if (k0 == TY_STR) { sb_puts(out, "py::ord("); rs_render_str_ref(fn, out, a[0]); sb_putc(out, ')'); return; }
        break;
    case IR_BI_CHR:
        if (k0 == TY_INT) { py_call(fn, out, "chr", a, 1); return; }
        break;
    case IR_BI_LEN:
        if (k0 == TY_STR) { sb_puts(out, "py::len("); rs_render_str_ref(fn, out, a[0]); sb_putc(out, ')'); return; }
        if (k0 == TY_RANGE) { method(fn, out, a[0], "len", NULL, 0); return; }
        if (k0 == TY_TUPLE && fn->vkind[root(fn, a[0])] != RS_V_INLINE) {
            sb_printf(out, "%u", ir_type_nparams(fn->m, vtype(fn, a[0])));
            return;
        }
        break;
    default:
        break;
    }
    char *msg = arena_sprintf(&fn->arena, "builtin %s() on these operand types", ir_builtin_name(which));
    rs_unsupported(fn, rs_value_loc(fn, v), msg);
}

/* Whether value r is a typed truth test that render_truth renders: truth,
 * or py.truth of a typed list or dict (which specialize leaves generic). */
static bool is_truth(RsFn *fn, uint32_t r)
{
    IrOp op = value_op(fn, r);
    if (op == IR_TRUTH) return true;
    InstId i = {fn->f->values.data[r].owner};
    if (op != IR_PY_TRUTH) return false;
    TypeId t = vtype(fn, ir_inst_args(fn->f, i)[0]);
    return ir_type_is_ownable(fn->m, t) || ir_type_kind(fn->m, t) == TY_SET;
}

/* bool(x), or `not x` when negate: `n != 0` / `n == 0`, `!s.is_empty()` /
 * `s.is_empty()`. */
static void render_truth(RsFn *fn, StrBuf *out, uint32_t x, int prec, bool negate)
{
    const char *ne = negate ? "==" : "!=";
    switch (ir_type_kind(fn->m, vtype(fn, x))) {
    case TY_BOOL:
        if (!negate) {
            rs_render_value(fn, out, x, prec, false);
            return;
        }
        sb_puts(out, prec > RS_PREC_UNARY ? "(!" : "!");
        rs_render_value(fn, out, x, RS_PREC_UNARY, false);
        if (prec > RS_PREC_UNARY) sb_putc(out, ')');
        return;
    case TY_INT: case TY_FLOAT: case TY_NONE: {
        TypeKind k = ir_type_kind(fn->m, vtype(fn, x));
        bool paren = prec > RS_PREC_CMP;
        if (paren) sb_putc(out, '(');
        rs_render_value(fn, out, x, RS_PREC_CMP + 1, false);
        sb_printf(out, " %s %s", ne, k == TY_INT ? "0" : k == TY_FLOAT ? "0.0" : "()");
        if (paren) sb_putc(out, ')');
        return;
    }
    case TY_STR:
    case TY_LIST:
    case TY_VEC:
    case TY_DICT:
    case TY_MAP:
    case TY_SET: {
        TypeKind k = ir_type_kind(fn->m, vtype(fn, x));
        bool paren = !negate && prec > RS_PREC_UNARY;
        sb_puts(out, negate ? "" : paren ? "(!" : "!");
        rs_render_value(fn, out, x, RS_PREC_POSTFIX, false);
        sb_puts(out, k == TY_LIST || k == TY_DICT || k == TY_SET ? ".borrow().is_empty()" : ".is_empty()");
        if (paren) sb_putc(out, ')');
        return;
    }
    case TY_RANGE: {
        bool paren = prec > RS_PREC_CMP;
        sb_puts(out, paren ? "(" : "");
        rs_render_value(fn, out, x, RS_PREC_POSTFIX, false);
        sb_printf(out, ".len() %s 0%s", ne, paren ? ")" : "");
        return;
    }
    case TY_TUPLE:
        if (fn->vkind[root(fn, x)] != RS_V_INLINE) {
            sb_puts(out, negate ? "false" : "true");
            return;
        }
        /* fall through */
    default:
        rs_unsupported(fn, rs_value_loc(fn, x), "truth value of this type");
    }
}

/* int_float.cmp with a constant float that is a whole number inside i64:
 * the comparison is the exact int comparison with that number. */
static bool ifcmp_whole_float(RsFn *fn, uint32_t x, int64_t *whole)
{
    uint32_t r = root(fn, x);
    if (fn->vkind[r] != RS_V_CONST || value_op(fn, r) != IR_CONST_FLOAT) return false;
    double d = fn->m->floats.data[value_imm(fn, r)];
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || d != floor(d)) return false;
    *whole = (int64_t)d;
    return true;
}

/* int_float.cmp with a constant int that a double holds exactly. */
static bool ifcmp_exact_int(RsFn *fn, uint32_t a, double *as_float)
{
    uint32_t r = root(fn, a);
    if (fn->vkind[r] != RS_V_CONST || value_op(fn, r) != IR_CONST_INT) return false;
    int64_t c = fn->m->ints.data[value_imm(fn, r)];
    if (c < -9007199254740992 || c > 9007199254740992) return false;
    *as_float = (double)c;
    return true;
}

/* int <pred> float: a plain comparison when one side is a constant that
 * makes it exact, else the prelude's exact comparison. */
static void render_int_float_cmp(RsFn *fn, StrBuf *out, const uint32_t *a, uint64_t pred, int prec)
{
    static const char *const fname[] = { "eq", "ne", "lt", "le", "gt", "ge", "eq", "ne" };
    uint32_t p = pred < IR_PRED_COUNT ? (uint32_t)pred : 0;
    int64_t whole;
    double cf;
    bool as_int = ifcmp_whole_float(fn, a[1], &whole);
    if (as_int || ifcmp_exact_int(fn, a[0], &cf)) {
        bool paren = prec > RS_PREC_CMP;
        if (paren) sb_putc(out, '(');
        if (as_int) {
            bool old = fn->generic;
            fn->generic = fn->vkind[root(fn, a[0])] == RS_V_CONST;   /* no i32 fallback */
            rs_render_value(fn, out, a[0], RS_PREC_CMP + 1, false);
            fn->generic = old;
            if (whole == INT64_MIN) sb_printf(out, " %s i64::MIN", pred_rust[p]);
            else sb_printf(out, " %s %" PRId64, pred_rust[p], whole);
        } else {
            put_float(out, cf, RS_PREC_CMP + 1, false);
            sb_printf(out, " %s ", pred_rust[p]);
            rs_render_value(fn, out, a[1], RS_PREC_CMP + 1, false);
        }
        if (paren) sb_putc(out, ')');
        return;
    }
    sb_printf(out, "py::int_float_%s(", fname[p]);
    call_args(fn, out, a, 2);
    sb_putc(out, ')');
}

void rs_render_inst(RsFn *fn, StrBuf *out, uint32_t v, int prec)
{
    IrFunc *f = fn->f;
    InstId i = { f->values.data[v].owner };
    IrOp op = (IrOp)ir_inst(f, i)->op;
    const uint32_t *a = ir_inst_args(f, i);
    uint32_t n = ir_inst_nargs(f, i);
    uint64_t imm = f->imms.data[i.id];
    switch (op) {
    case IR_INT_ADD: py_call(fn, out, "add", a, 2); return;
    case IR_INT_SUB: py_call(fn, out, "sub", a, 2); return;
    case IR_INT_MUL: py_call(fn, out, "mul", a, 2); return;
    case IR_INT_FLOORDIV: py_call(fn, out, "floordiv", a, 2); return;
    case IR_INT_MOD: py_call(fn, out, "modulo", a, 2); return;
    case IR_INT_POW: py_call(fn, out, "pow", a, 2); return;
    case IR_INT_TRUEDIV: py_call(fn, out, "truediv", a, 2); return;
    case IR_INT_NEG: py_call(fn, out, "neg", a, 1); return;
    case IR_INT_ABS: py_call(fn, out, "abs", a, 1); return;
    case IR_INT_SHL: py_call(fn, out, "shl", a, 2); return;
    case IR_INT_SHR: py_call(fn, out, "shr", a, 2); return;
    case IR_INT_INVERT: {
        bool paren = prec > RS_PREC_UNARY;
        sb_puts(out, paren ? "(!" : "!");
        rs_render_value(fn, out, a[0], RS_PREC_UNARY, false);
        if (paren) sb_putc(out, ')');
        return;
    }
    case IR_INT_AND: binary(fn, out, a, "&", RS_PREC_BITAND, prec); return;
    case IR_INT_OR: binary(fn, out, a, "|", RS_PREC_BITOR, prec); return;
    case IR_INT_XOR: binary(fn, out, a, "^", RS_PREC_BITXOR, prec); return;
    case IR_FLOAT_ADD: binary(fn, out, a, "+", RS_PREC_ADD, prec); return;
    case IR_FLOAT_SUB: binary(fn, out, a, "-", RS_PREC_ADD, prec); return;
    case IR_FLOAT_MUL: binary(fn, out, a, "*", RS_PREC_MUL, prec); return;
    case IR_FLOAT_DIV: py_call(fn, out, "fdiv", a, 2); return;
    case IR_FLOAT_FLOORDIV: py_call(fn, out, "ffloordiv", a, 2); return;
    case IR_FLOAT_MOD: py_call(fn, out, "fmod", a, 2); return;
    case IR_FLOAT_POW: py_call(fn, out, "fpow", a, 2); return;
    case IR_BOOL_NOT:
        if (fn->vkind[root(fn, a[0])] == RS_V_INLINE && is_truth(fn, root(fn, a[0]))) {
            /* not x: the negated truth test, not `!(x != 0)` */
            render_truth(fn, out, ir_inst_args(f, (InstId){f->values.data[root(fn, a[0])].owner})[0], prec, true);
            return;
        }
        /* fall through */
    case IR_FLOAT_NEG: {
        bool paren = prec > RS_PREC_UNARY;
        sb_puts(out, paren ? "(" : "");
        sb_putc(out, op == IR_FLOAT_NEG ? '-' : '!');
        size_t at = out->len;
        rs_render_value(fn, out, a[0], RS_PREC_UNARY, false);
        if (out->len > at && out->data[at] == '-')   /* "--x" is not Rust */
            rs_wrap_from(out, at, "(", ")");
        if (paren) sb_putc(out, ')');
        return;
    }
    case IR_FLOAT_ABS: method(fn, out, a[0], "abs", NULL, 0); return;
    case IR_INT_CMP: case IR_FLOAT_CMP: case IR_BOOL_CMP: case IR_STR_CMP: case IR_NONE_CMP: {
        bool paren = prec > RS_PREC_CMP;
        if (paren) sb_putc(out, '(');
        bool old = fn->generic;
        fn->generic = op == IR_INT_CMP && fn->vkind[root(fn, a[0])] == RS_V_CONST &&
                      fn->vkind[root(fn, a[1])] == RS_V_CONST;
        size_t at = out->len;
        rs_render_value(fn, out, a[0], RS_PREC_CMP + 1, false);
        /* `c as f64 < y` would read `f64<` as generic arguments */
        if (imm == IR_PRED_LT && out->len - at > 7 && !memcmp(out->data + out->len - 7, " as f64", 7))
            rs_wrap_from(out, at, "(", ")");
        sb_printf(out, " %s ", pred_rust[imm < IR_PRED_COUNT ? imm : 0]);
        rs_render_value(fn, out, a[1], RS_PREC_CMP + 1, false);
        fn->generic = old;
        if (paren) sb_putc(out, ')');
        return;
    }
    case IR_INT_FLOAT_CMP: render_int_float_cmp(fn, out, a, imm, prec); return;
    case IR_STR_CONCAT:
        sb_puts(out, "py::concat(");
        rs_render_str_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        rs_render_str_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return;
    case IR_BOOL_TO_INT:
        sb_puts(out, "i64::from(");
        rs_render_value(fn, out, a[0], RS_PREC_LOWEST, false);
        sb_putc(out, ')');
        return;
    case IR_INT_TO_FLOAT: {
        bool paren = prec > RS_PREC_AS;
        bool old = fn->generic;
        fn->generic = true;
        if (paren) sb_putc(out, '(');
        rs_render_value(fn, out, a[0], RS_PREC_UNARY, false);
        sb_puts(out, " as f64");
        if (paren) sb_putc(out, ')');
        fn->generic = old;
        return;
    }
    case IR_FLOAT_TO_INT: py_call(fn, out, "float_to_int", a, 1); return;
    case IR_TRUTH: render_truth(fn, out, a[0], prec, false); return;
    case IR_TO_STR:
        if (ir_type_kind(fn->m, vtype(fn, a[0])) == TY_STR) {
            rs_render_value(fn, out, a[0], prec, true);
            return;
        }
        /* fall through */
    case IR_TO_REPR:
        sb_puts(out, op == IR_TO_STR ? "py::str(" : "py::repr(");
        render_generic_ref(fn, out, a[0]);
        sb_putc(out, ')');
        return;
    case IR_TUPLE_NEW:
        if (n == 0) {
            sb_puts(out, "py::Tuple0");
            return;
        }
        sb_putc(out, '(');
        call_args(fn, out, a, n);
        sb_puts(out, n == 1 ? ",)" : ")");
        return;
    case IR_TUPLE_GET: {
        uint32_t t = root(fn, a[0]);
        bool temp = fn->vkind[t] == RS_V_INLINE;
        rs_render_value(fn, out, a[0], RS_PREC_POSTFIX, false);
        sb_printf(out, ".%u", (unsigned)imm);
        if (!temp && !rs_type_is_copy(fn->m, vtype(fn, v))) sb_puts(out, ".clone()");
        return;
    }
    case IR_RANGE_NEW: py_call(fn, out, "range", a, 3); return;
    case IR_ITER_NEW:
        if (ir_type_kind(fn->m, vtype(fn, a[0])) == TY_TUPLE) {
            rs_render_iterable(fn, out, v);
            sb_puts(out, ".into_iter()");
        } else {
            rs_render_iterable(fn, out, v);
        }
        return;
    case IR_BUILTIN: render_builtin(fn, out, v, (IrBuiltin)imm, a, n, prec); return;
    case IR_CALL:
        sb_puts(out, fn->func_names[imm]);
        sb_putc(out, '(');
        for (uint32_t k = 0; k < n; k++) {
            if (k) sb_puts(out, ", ");
            if (ir_type_is_owned(fn->m, vtype(fn, a[k]))) rs_render_lent(fn, out, a[k], fn->changed_params[imm][k]);
            else rs_render_value(fn, out, a[k], RS_PREC_LOWEST, true);
        }
        sb_putc(out, ')');
        return;
    case IR_GLOBAL_GET: {
        IrGlobal *g = &fn->m->globals.data[imm];
        const char *gn = fn->global_names[imm];
        bool copy = rs_type_is_copy(fn->m, g->type);
        if (g->is_constant) sb_puts(out, gn);
        else if (!g->has_init)
            sb_printf(out, "py::%s(&%s, \"%s\")", copy ? "load_bound" : "load_shared_bound", gn, ir_str(fn->m, g->name));
        else
            sb_printf(out, "py::%s(&%s)", copy ? "load" : "load_shared", gn);
        return;
    }
    default: {
        if (is_truth(fn, v)) {   /* py.truth of a typed list or dict */
            render_truth(fn, out, a[0], prec, false);
            return;
        }
        if (rs_render_object_inst(fn, out, v)) return;
        char *msg = arena_sprintf(&fn->arena, "the '%s' instruction as a value", ir_op_name(op));
        rs_unsupported(fn, rs_value_loc(fn, v), msg);
        return;
    }
    }
}

/* The iterable of a for loop over iter.new(x): a range or a tuple. */
void rs_render_iterable(RsFn *fn, StrBuf *out, uint32_t iter)
{
    IrFunc *f = fn->f;
    uint32_t src = ir_inst_args(f, (InstId){f->values.data[iter].owner})[0];
    if (value_op(fn, iter) == IR_PY_ITER) {
        rs_render_object_inst(fn, out, iter);
        return;
    }
    uint32_t r = root(fn, src);
    TypeKind k = ir_type_kind(fn->m, vtype(fn, r));
    if (k == TY_RANGE && fn->vkind[r] == RS_V_INLINE && value_op(fn, r) == IR_RANGE_NEW) {
        const uint32_t *a = ir_inst_args(f, (InstId){f->values.data[r].owner});
        uint32_t st = root(fn, a[2]);
        int64_t step = value_op(fn, st) == IR_CONST_INT ? fn->m->ints.data[value_imm(fn, st)] : 0;
        if (step >= 1) {
            if (step > 1) sb_putc(out, '(');
            rs_render_value(fn, out, a[0], RS_PREC_RANGE + 1, false);
            sb_puts(out, "..");
            rs_render_value(fn, out, a[1], RS_PREC_RANGE + 1, false);
            if (step > 1) sb_printf(out, ").step_by(%" PRId64 ")", step);
            return;
        }
        py_call(fn, out, "range", a, 3);
        return;
    }
    if (k == TY_RANGE) {
        rs_render_value(fn, out, src, RS_PREC_LOWEST, false);
        return;
    }
    if (k == TY_STR) {
        sb_puts(out, "py::str_chars(&");
        rs_render_value(fn, out, src, RS_PREC_UNARY, false);
        sb_putc(out, ')');
        return;
    }
    if (k == TY_TUPLE) {
        uint32_t n = ir_type_nparams(fn->m, vtype(fn, r));
        for (uint32_t e = 1; e < n; e++)
            if (!ir_type_eq(ir_type_param(fn->m, vtype(fn, r), e), ir_type_param(fn->m, vtype(fn, r), 0))) {
                rs_unsupported(fn, rs_value_loc(fn, iter), "iterating over a tuple of mixed element types");
                return;
            }
        sb_putc(out, '[');
        if (fn->vkind[r] == RS_V_INLINE && value_op(fn, r) == IR_TUPLE_NEW) {
            const uint32_t *a = ir_inst_args(f, (InstId){f->values.data[r].owner});
            call_args(fn, out, a, n);
        } else {
            for (uint32_t e = 0; e < n; e++) {
                if (e) sb_puts(out, ", ");
                rs_render_value(fn, out, src, RS_PREC_POSTFIX, false);
                sb_printf(out, ".%u%s", e,
                          rs_type_is_copy(fn->m, ir_type_param(fn->m, vtype(fn, r), e)) ? "" : ".clone()");
            }
        }
        sb_putc(out, ']');
        return;
    }
    rs_unsupported(fn, rs_value_loc(fn, iter), "iterating over this type");
}

/* The condition of an if/while, negated when asked (ints invert the
 * comparison; floats cannot, because of nan). */
void rs_render_cond(RsFn *fn, StrBuf *out, uint32_t v, bool negate)
{
    if (!negate) {
        rs_render_value(fn, out, v, RS_PREC_LOWEST, false);
        return;
    }
    uint32_t r = root(fn, v);
    int64_t whole;
    bool int_form = value_op(fn, r) == IR_INT_FLOAT_CMP &&
                    ifcmp_whole_float(fn, ir_inst_args(fn->f, (InstId){fn->f->values.data[r].owner})[1], &whole);
    if (fn->vkind[r] == RS_V_INLINE && (value_op(fn, r) == IR_INT_CMP || value_op(fn, r) == IR_STR_CMP || int_form)) {
        static const uint8_t inv[] = { IR_PRED_NE, IR_PRED_EQ, IR_PRED_GE, IR_PRED_GT, IR_PRED_LE, IR_PRED_LT,
                                       IR_PRED_IS_NOT, IR_PRED_IS };
        uint64_t *imm = &fn->f->imms.data[fn->f->values.data[r].owner];
        uint64_t old = *imm;
        *imm = inv[old < IR_PRED_COUNT ? old : 0];
        rs_render_value(fn, out, v, RS_PREC_LOWEST, false);
        *imm = old;
        return;
    }
    if (fn->vkind[r] == RS_V_INLINE && value_op(fn, r) == IR_BOOL_NOT) {
        rs_render_value(fn, out, ir_inst_args(fn->f, (InstId){fn->f->values.data[r].owner})[0],
                        RS_PREC_LOWEST, false);
        return;
    }
    if (fn->vkind[r] == RS_V_INLINE && is_truth(fn, r)) {
        render_truth(fn, out, ir_inst_args(fn->f, (InstId){fn->f->values.data[r].owner})[0], RS_PREC_LOWEST, true);
        return;
    }
    sb_putc(out, '!');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
}

/* Whether the expression of v reads the Rust variable of var. */
bool rs_reads_var(RsFn *fn, uint32_t v, uint32_t var)
{
    uint32_t r = root(fn, v);
    if (fn->var[r] == fn->var[var] && !fn->override[fn->var[r]]) return true;
    if (fn->vkind[r] != RS_V_INLINE) return false;
    InstId i = { fn->f->values.data[r].owner };
    const uint32_t *a = ir_inst_args(fn->f, i);
    uint32_t n = ir_inst_nargs(fn->f, i);
    for (uint32_t k = 0; k < n; k++)
        if (rs_reads_var(fn, a[k], var)) return true;
    return false;
}
