/* verify.c — checks every invariant ir.h states and reports each violation
 * once, naming the function, the block and the instruction (quoted in the
 * text form).  A function is checked in two phases: structure (ids in range,
 * terminators, operand layout) and, only if that holds, dominance and
 * types — so the second phase may decode operands without bounds worries.
 * Two modes: strict (ir_verify, the IR the backends take) and untyped
 * (ir_verify_untyped: `?` and py.* ops allowed, `?` matches any slot). */
#include "ir/ir_impl.h"

#include <stdlib.h>
#include <string.h>

typedef struct Verifier {
    IrModule *m;
    DiagEngine *diag;
    bool untyped;            /* `?` and generic ops allowed */
    uint32_t errors;
    IrFunc *f;
    uint32_t *num;           /* print numbering, for quoting */
    uint32_t block;          /* where we are, for messages; IR_NONE_ID = function level */
    uint32_t inst;           /* IR_NONE_ID = block level */
    uint32_t *def_block;     /* per value: defining block, IR_NONE_ID if none */
    uint32_t *def_pos;       /* per value: 0 for a parameter, k+1 for the k-th instruction */
    IrCfg cfg;
    VEC(TypeId) types;
    StrBuf msg;
} Verifier;

static void fail(Verifier *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Verifier *v, const char *fmt, ...)
{
    StrBuf *s = &v->msg;
    s->len = 0;
    sb_puts(s, "in @");
    sb_putn(s, ir_str(v->m, v->f->name), ir_str_len(v->m, v->f->name));
    if (v->block != IR_NONE_ID) sb_printf(s, ", block%u", v->block);
    if (v->inst != IR_NONE_ID) {
        sb_puts(s, ": `");
        irx_print_inst(v->m, v->f, v->num, (InstId){v->inst}, s);
        sb_putc(s, '`');
    }
    sb_puts(s, ": ");
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(s, fmt, ap);
    va_end(ap);
    diag_global(v->diag, DIAG_ERROR, "%s", s->data);
    v->errors++;
}

static const char *type_text(Verifier *v, TypeId t, StrBuf *buf)
{
    buf->len = 0;
    ir_type_print(v->m, t, buf);
    return buf->data;
}

/* Generic ops on typed lists and dicts (and py.iter, sorted() or list() of a typed dict view)
 * keep typed operands and results (passes/sites.c). */
static bool typed_container(const IrModule *m, TypeId t)
{
    return ir_type_is_ownable(m, t) || ir_type_kind(m, t) == TY_SET;
}

static bool has_list_operand(const IrModule *m, const IrFunc *f, InstId i)
{
    if (!irx_operands_ok(f, i)) return false;
    for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++) {
        uint32_t a = ir_inst_args(f, i)[k];
        if (a >= f->values.len) continue;
        TypeId t = f->values.data[a].type;
        if (typed_container(m, t)) return true;
        IrOp op = (IrOp)f->insts.data[i.id].op;
        if ((op == IR_PY_ITER || op == IR_PY_BUILTIN) && ir_type_kind(m, t) == TY_ITER &&
            ir_type_param(m, t, 0).id != IR_TYPE_OBJECT)
            return true;
    }
    return false;
}

/* ---- phase 1: structure ------------------------------------------------------ */

static void define(Verifier *v, uint32_t value, uint32_t pos, ValueDef def, uint32_t owner)
{
    IrFunc *f = v->f;
    if (value >= f->values.len) {
        fail(v, "defines value id %u, out of range", value);
        return;
    }
    const IrValue *val = &f->values.data[value];
    if (v->def_block[value] != IR_NONE_ID)
        fail(v, "v%u is defined twice", v->num[value]);
    else if (val->def != def || val->owner != owner)
        fail(v, "v%u does not record this definition as its own", v->num[value]);
    else if (val->type.id >= v->m->types.len)
        fail(v, "v%u has no valid type", v->num[value]);
    else if (!v->untyped && ir_type_has_unknown(v->m, val->type))
        fail(v, "v%u has a type with `?`, which only untyped IR may have", v->num[value]);
    v->def_block[value] = v->block;
    v->def_pos[value] = pos;
}

static void check_structure(Verifier *v, uint8_t *inst_seen)
{
    IrFunc *f = v->f;
    for (v->block = 0; v->block < f->blocks.len; v->block++) {
        IrBlock *blk = &f->blocks.data[v->block];
        v->inst = IR_NONE_ID;
        for (uint32_t k = 0; k < blk->params.len; k++)
            define(v, blk->params.data[k].id, 0, VAL_PARAM, v->block);
        if (blk->insts.len == 0) fail(v, "block has no terminator");
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            uint32_t i = blk->insts.data[k].id;
            v->inst = IR_NONE_ID;
            if (i >= f->insts.len) {
                fail(v, "instruction id %u is out of range", i);
                continue;
            }
            if (inst_seen[i]++) {
                fail(v, "instruction id %u appears in more than one place", i);
                continue;
            }
            v->inst = i;
            IrOp op = (IrOp)f->insts.data[i].op;
            if (op >= IR_OP_COUNT) {
                fail(v, "unknown opcode %u", (unsigned)op);
                continue;
            }
            if (!v->untyped && (ir_op_flags(op) & IR_GENERIC) && ir_op_has_result(op) &&
                !has_list_operand(v->m, f, (InstId){i}) &&
                (f->insts.data[i].result >= f->values.len ||
                 !typed_container(v->m, f->values.data[f->insts.data[i].result].type)) &&
                f->insts.data[i].result < f->values.len &&
                f->values.data[f->insts.data[i].result].type.id != ir_generic_result(v->m, op, f->imms.data[i]))
            {
                StrBuf want;
                sb_init(&want);
                fail(v, "after specialize, %s yields %s", ir_op_name(op),
                     type_text(v, (TypeId){ir_generic_result(v->m, op, f->imms.data[i])}, &want));
                sb_free(&want);
            }
            if (op == IR_ANNOT_CHECK) {
                if (!v->untyped) fail(v, "annot.check is only for untyped IR (specialize deletes it)");
                else if (!ir_func_annot(f, (uint32_t)f->imms.data[i])) fail(v, "names no annotation of the function");
            }
            bool last = k + 1 == blk->insts.len, term = ir_op_flags(op) & IR_TERM;
            if (term && !last) fail(v, "instruction after the terminator");
            if (!term && last) fail(v, "block has no terminator: it ends with this instruction");
            uint32_t result = f->insts.data[i].result;
            if (ir_op_has_result(op) && result == IR_NONE_ID) fail(v, "defines no value");
            else if (!ir_op_has_result(op) && result != IR_NONE_ID) fail(v, "%s defines no value", ir_op_name(op));
            else if (result != IR_NONE_ID) define(v, result, k + 1, VAL_INST, i);
            if (!irx_operands_ok(f, (InstId){i})) {
                fail(v, "operand words out of range of the extra array");
                continue;
            }
            for (uint32_t s = 0, ns = ir_term_nsuccs(f, (InstId){i}); s < ns; s++) {
                uint32_t t = ir_term_succ(f, (InstId){i}, s).target.id;
                if (t >= f->blocks.len) fail(v, "branches to block%u, which does not exist", t);
                else if (t == 0) fail(v, "branches to the entry block");
            }
        }
    }
}

/* ---- phase 2: dominance and types ----------------------------------------------- */

typedef struct UseCtx { Verifier *v; uint32_t pos; bool ok; } UseCtx;

static void check_use(void *ctx, uint32_t *slot)
{
    UseCtx *u = ctx;
    Verifier *v = u->v;
    uint32_t val = *slot;
    if (val >= v->f->values.len || v->def_block[val] == IR_NONE_ID) {
        fail(v, "uses a value (id %u) that no block defines", val);
        u->ok = false;
        return;
    }
    uint32_t db = v->def_block[val];
    bool dominated = db == v->block ? v->def_pos[val] < u->pos
                                    : ir_cfg_dominates(&v->cfg, (BlockId){db}, (BlockId){v->block});
    if (!dominated) fail(v, "use of v%u is not dominated by its definition", v->num[val]);
}

static TypeId type_of(const Verifier *v, uint32_t value) { return v->f->values.data[value].type; }

/* A value of type have may go where want is expected (`?` matches any). */
static bool flows(TypeId have, TypeId want)
{
    return have.id == want.id || have.id == IR_TYPE_UNKNOWN || want.id == IR_TYPE_UNKNOWN;
}

/* The immediate must name something that exists. */
static bool check_imm(Verifier *v, IrOp op, uint64_t imm)
{
    if (imm < irx_imm_limit(v->m, ir_op_imm(op)) || ir_op_imm(op) == IMM_NONE) return true;
    fail(v, "immediate %llu is out of range", (unsigned long long)imm);
    return false;
}

/* Arguments of one edge against the target's parameters; `item` is the
 * iterator element type for iter.next's body edge (one implicit argument). */
static void check_edge(Verifier *v, IrEdge e, uint32_t item, StrBuf *b1, StrBuf *b2)
{
    const IrBlock *target = &v->f->blocks.data[e.target.id];
    uint32_t want = target->params.len - (item != IR_NONE_ID && target->params.len > 0);
    if (e.nargs != want || (item != IR_NONE_ID && target->params.len == 0)) {
        fail(v, "block%u takes %u argument%s%s, %u given", e.target.id, want, want == 1 ? "" : "s",
             item != IR_NONE_ID ? " besides the item" : "", e.nargs);
        return;
    }
    for (uint32_t k = 0; k < e.nargs; k++) {
        TypeId have = type_of(v, e.args[k]), need = type_of(v, target->params.data[k].id);
        if (!flows(have, need))
            fail(v, "argument %u to block%u is %s, the parameter is %s", k + 1, e.target.id,
                 type_text(v, have, b1), type_text(v, need, b2));
    }
    if (item != IR_NONE_ID) {
        TypeId need = type_of(v, vec_last(&target->params).id);
        if (need.id != item)
            fail(v, "the iterator yields %s, but block%u's item parameter is %s",
                 type_text(v, (TypeId){item}, b1), e.target.id, type_text(v, need, b2));
    }
}

static void check_types(Verifier *v, InstId i)
{
    IrFunc *f = v->f;
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    if (!check_imm(v, op, imm)) return;
    bool term = ir_op_flags(op) & IR_TERM;
    v->types.len = 0;
    if (term) {
        ValueId operand = ir_term_operand(f, i);
        if (ir_valid(operand.id)) vec_push(&v->types, type_of(v, operand.id));
    } else {
        const uint32_t *args = ir_inst_args(f, i);
        for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++) vec_push(&v->types, type_of(v, args[k]));
    }
    StrBuf b1, b2;
    sb_init(&b1);
    sb_init(&b2);
    uint32_t r = ir_op_result(v->m, op, imm, v->types.data, v->types.len);
    if (r == IR_NONE_ID) {
        b2.len = 0;
        for (uint32_t k = 0; k < v->types.len; k++) {
            if (k) sb_puts(&b2, ", ");
            ir_type_print(v->m, v->types.data[k], &b2);
        }
        if (op == IR_PRINT) fail(v, "print takes str operands for sep and end (given %s)", b2.data ? b2.data : "");
        else fail(v, "%s does not accept operands (%s)", ir_op_name(op), b2.data ? b2.data : "");
    } else if (ir_op_has_result(op)) {
        TypeId declared = type_of(v, f->insts.data[i.id].result);
        if (r == IR_TYPE_ANY ? declared.id >= v->m->types.len : declared.id != r)
            fail(v, "result type is %s, but %s yields %s", type_text(v, declared, &b1), ir_op_name(op),
                 r == IR_TYPE_ANY ? "a type of its own" : type_text(v, (TypeId){r}, &b2));
    }
    if (op == IR_RET && r != IR_NONE_ID) {
        TypeId want = ir_func_ret_type(v->m, f->type);
        if (!flows((TypeId){r}, want))
            fail(v, "returns %s from a function returning %s", type_text(v, (TypeId){r}, &b1),
                 type_text(v, want, &b2));
    }
    for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
        bool body = op == IR_ITER_NEXT && s == 0;
        if (body && r == IR_NONE_ID) continue;       /* already reported: no element type */
        check_edge(v, ir_term_succ(f, i, s), body ? r : IR_NONE_ID, &b1, &b2);
    }
    sb_free(&b1);
    sb_free(&b2);
}

static void check_semantics(Verifier *v)
{
    IrFunc *f = v->f;
    ir_cfg_build(f, &v->cfg);
    for (v->block = 0; v->block < f->blocks.len; v->block++) {
        IrBlock *blk = &f->blocks.data[v->block];
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            v->inst = blk->insts.data[k].id;
            UseCtx u = {v, k + 1, true};
            ir_inst_visit_uses(f, blk->insts.data[k], check_use, &u);
            if (u.ok) check_types(v, blk->insts.data[k]);
        }
    }
    ir_cfg_free(&v->cfg);
}

/* ---- functions, globals, module ----------------------------------------------------- */

static void verify_func(Verifier *v, FuncId fid)
{
    IrFunc *f = v->f = &v->m->funcs.data[fid.id];
    v->block = v->inst = IR_NONE_ID;
    v->num = irx_number_values(f);
    uint32_t nv = f->values.len ? f->values.len : 1;
    v->def_block = xmalloc(sizeof *v->def_block * nv);
    v->def_pos = xmalloc(sizeof *v->def_pos * nv);
    for (uint32_t i = 0; i < f->values.len; i++) v->def_block[i] = IR_NONE_ID;
    uint8_t *inst_seen = xcalloc(f->insts.len ? f->insts.len : 1, 1);
    uint32_t before = v->errors;

    TypeId ft = f->type;
    if (ir_type_kind(v->m, ft) != TY_FUNC) {
        fail(v, "the function's type is not a function type");
    } else if (!v->untyped && ir_type_has_unknown(v->m, ft)) {
        fail(v, "the signature has a `?`, which only untyped IR may have");
    } else if (f->blocks.len == 0) {
        fail(v, "the function has no entry block");
    } else {
        const IrBlock *entry = &f->blocks.data[0];
        uint32_t np = ir_type_nparams(v->m, ft) - 1;
        bool match = entry->params.len == np;
        for (uint32_t k = 0; match && k < np; k++) {
            uint32_t p = entry->params.data[k].id;
            match = p < f->values.len && f->values.data[p].type.id == ir_type_param(v->m, ft, k).id;
        }
        if (!match) fail(v, "the entry block's parameters do not match the signature");
        for (uint32_t k = 0; k < f->annots.len; k++)
            if (ir_func_annot(f, k) && f->annots.data[k].type.id >= v->m->types.len)
                fail(v, "annotation %u has no valid type", k);
        check_structure(v, inst_seen);
        if (v->errors == before) check_semantics(v);
    }
    free(inst_seen);
    free(v->def_block);
    free(v->def_pos);
    free(v->num);
}

static void verify_global(Verifier *v, const IrGlobal *g)
{
    const char *name = ir_str(v->m, g->name);
    ImmKind kind = IMM_NONE;
    bool literal = irx_init_kind(g->type, &kind);
    if (g->type.id >= v->m->types.len) {
        diag_global(v->diag, DIAG_ERROR, "global @%s has an invalid type", name);
    } else if (!v->untyped && ir_type_has_unknown(v->m, g->type)) {
        diag_global(v->diag, DIAG_ERROR, "global @%s has a type with `?`, which only untyped IR may have", name);
    } else if (g->is_constant && !g->has_init) {
        diag_global(v->diag, DIAG_ERROR, "global @%s is const but has no initial value", name);
    } else if (g->has_init && !literal) {
        diag_global(v->diag, DIAG_ERROR, "global @%s: no initial value can have its type", name);
    } else if (g->has_init && g->init >= irx_imm_limit(v->m, kind)) {
        diag_global(v->diag, DIAG_ERROR, "global @%s: initial value out of range", name);
    } else if (ir_valid(g->annot.type.id) && g->annot.type.id >= v->m->types.len) {
        diag_global(v->diag, DIAG_ERROR, "global @%s: its annotation has no valid type", name);
    } else {
        return;
    }
    v->errors++;
}

static uint32_t verify(IrModule *m, DiagEngine *diag, bool untyped)
{
    Verifier v;
    memset(&v, 0, sizeof v);
    v.m = m;
    v.untyped = untyped;
    v.diag = diag;
    sb_init(&v.msg);
    for (uint32_t g = 0; g < m->globals.len; g++) verify_global(&v, &m->globals.data[g]);
    for (uint32_t f = 0; f < m->funcs.len; f++) verify_func(&v, (FuncId){f});
    if (ir_valid(m->entry.id) && m->entry.id >= m->funcs.len) {
        diag_global(diag, DIAG_ERROR, "the module's entry function id is out of range");
        v.errors++;
    }
    vec_free(&v.types);
    sb_free(&v.msg);
    return v.errors;
}

uint32_t ir_verify(IrModule *m, DiagEngine *diag) { return verify(m, diag, false); }
uint32_t ir_verify_untyped(IrModule *m, DiagEngine *diag) { return verify(m, diag, true); }
