/* specialize.c — turns untyped IR into strictly typed IR with typeinfer's
 * result: every `?` becomes its lattice value (⊥, a value never produced,
 * becomes None), every py.* op the typed op for its operand types (with
 * bool.to_int / int.to_float where CPython's numeric tower promotes), every
 * signature the inferred one.  An instruction that uses a ⊥ value never
 * runs: it and the rest of its block become `unreachable`.
 * Invariant: the module is checked completely before anything is
 * rewritten, so on failure (a value that may hold two types — object, which
 * the backends do not have yet — or an op without a typed form) the IR is
 * left as it was.  Not done yet: cloning a function per call signature. */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

#define BOT PASS_TYPE_BOTTOM

/* How one generic op becomes typed code. */
typedef struct Plan {
    IrOp op;                 /* the typed op; IR_OP_COUNT: none (identity or constant) */
    uint32_t conv[2];        /* each operand is first converted to this type */
    bool swap;               /* operands swapped (float <pred> int as int_float.cmp) */
    uint64_t imm;            /* the typed op's immediate (a predicate) */
    int konst;               /* 0 or 1: the result is this bool constant; -1: not */
} Plan;

static bool int_like(uint32_t t) { return t == IR_TYPE_INT || t == IR_TYPE_BOOL; }

static IrPred mirror(IrPred p)
{
    switch (p) {
    case IR_PRED_LT: return IR_PRED_GT;
    case IR_PRED_LE: return IR_PRED_GE;
    case IR_PRED_GT: return IR_PRED_LT;
    case IR_PRED_GE: return IR_PRED_LE;
    default: return p;
    }
}

static bool plan_binop(IrBinop bop, uint32_t a, uint32_t b, Plan *p)
{
    static const IrOp int_ops[IR_BINOP_COUNT] = {
        [IR_BINOP_ADD] = IR_INT_ADD, [IR_BINOP_SUB] = IR_INT_SUB, [IR_BINOP_MUL] = IR_INT_MUL,
        [IR_BINOP_TRUEDIV] = IR_INT_TRUEDIV, [IR_BINOP_FLOORDIV] = IR_INT_FLOORDIV,
        [IR_BINOP_MOD] = IR_INT_MOD, [IR_BINOP_POW] = IR_INT_POW, [IR_BINOP_LSHIFT] = IR_INT_SHL,
        [IR_BINOP_RSHIFT] = IR_INT_SHR, [IR_BINOP_BITAND] = IR_INT_AND, [IR_BINOP_BITOR] = IR_INT_OR,
        [IR_BINOP_BITXOR] = IR_INT_XOR,
    };
    static const IrOp float_ops[IR_BINOP_COUNT] = {
        [IR_BINOP_ADD] = IR_FLOAT_ADD, [IR_BINOP_SUB] = IR_FLOAT_SUB, [IR_BINOP_MUL] = IR_FLOAT_MUL,
        [IR_BINOP_TRUEDIV] = IR_FLOAT_DIV, [IR_BINOP_FLOORDIV] = IR_FLOAT_FLOORDIV,
        [IR_BINOP_MOD] = IR_FLOAT_MOD, [IR_BINOP_POW] = IR_FLOAT_POW,
    };
    if (bop >= IR_BINOP_COUNT) return false;
    bool fl = a == IR_TYPE_FLOAT || b == IR_TYPE_FLOAT;
    if ((int_like(a) || a == IR_TYPE_FLOAT) && (int_like(b) || b == IR_TYPE_FLOAT)) {
        if (a == IR_TYPE_BOOL && b == IR_TYPE_BOOL &&
            (bop == IR_BINOP_BITAND || bop == IR_BINOP_BITOR || bop == IR_BINOP_BITXOR))
            return false;                    /* bool result: no typed op yet */
        uint32_t to = fl ? IR_TYPE_FLOAT : IR_TYPE_INT;
        p->op = fl ? float_ops[bop] : int_ops[bop];
        p->conv[0] = p->conv[1] = to;
        return p->op != IR_CONST_INT;        /* 0: no float form (shifts, bit ops) */
    }
    if (bop == IR_BINOP_ADD && a == IR_TYPE_STR && b == IR_TYPE_STR) {
        p->op = IR_STR_CONCAT;
        return true;
    }
    return false;
}

static bool plan_unop(IrUnop uop, uint32_t a, Plan *p)
{
    if (!int_like(a) && a != IR_TYPE_FLOAT) return false;
    bool fl = a == IR_TYPE_FLOAT;
    p->conv[0] = fl ? IR_TYPE_FLOAT : IR_TYPE_INT;
    switch (uop) {
    case IR_UNOP_NEG: p->op = fl ? IR_FLOAT_NEG : IR_INT_NEG; return true;
    case IR_UNOP_POS: p->op = IR_OP_COUNT; return true;
    case IR_UNOP_INVERT: p->op = IR_INT_INVERT; return !fl;
    case IR_UNOP_COUNT: break;
    }
    return false;
}

static bool plan_cmp(IrPred pred, uint32_t a, uint32_t b, Plan *p)
{
    bool identity = pred == IR_PRED_IS || pred == IR_PRED_IS_NOT;
    bool equality = pred == IR_PRED_EQ || pred == IR_PRED_NE;
    p->imm = pred;
    if (a == IR_TYPE_NONE && b == IR_TYPE_NONE) {
        p->op = IR_NONE_CMP;
        return identity || equality;
    }
    if (identity && a != b && (a == IR_TYPE_NONE || b == IR_TYPE_NONE)) {
        p->konst = pred == IR_PRED_IS_NOT;   /* x is None for an x that is never None */
        return true;
    }
    if (identity) return false;              /* identity of other values: not typed yet */
    if (a == IR_TYPE_BOOL && b == IR_TYPE_BOOL) {
        p->op = IR_BOOL_CMP;
    } else if (int_like(a) && int_like(b)) {
        p->op = IR_INT_CMP;
        p->conv[0] = p->conv[1] = IR_TYPE_INT;
    } else if (a == IR_TYPE_FLOAT && b == IR_TYPE_FLOAT) {
        p->op = IR_FLOAT_CMP;
    } else if (int_like(a) && b == IR_TYPE_FLOAT) {
        p->op = IR_INT_FLOAT_CMP;
        p->conv[0] = IR_TYPE_INT;
    } else if (a == IR_TYPE_FLOAT && int_like(b)) {
        p->op = IR_INT_FLOAT_CMP;
        p->conv[1] = IR_TYPE_INT;
        p->swap = true;
        p->imm = mirror(pred);
    } else if (a == IR_TYPE_STR && b == IR_TYPE_STR) {
        p->op = IR_STR_CMP;
    } else if (equality && a != b) {
        p->konst = pred == IR_PRED_NE;       /* unrelated types are never equal */
    } else {
        return false;
    }
    return true;
}

/* The plan for generic instruction i whose operands have lattice values
 * a (and b); false when the op has no typed form for them. */
static bool plan_inst(IrOp op, uint64_t imm, uint32_t a, uint32_t b, Plan *p)
{
    *p = (Plan){IR_OP_COUNT, {a, b}, false, 0, -1};
    switch (op) {
    case IR_PY_BINOP: return plan_binop((IrBinop)imm, a, b, p);
    case IR_PY_UNOP: return plan_unop((IrUnop)imm, a, p);
    case IR_PY_CMP: return plan_cmp((IrPred)imm, a, b, p);
    case IR_PY_TRUTH:
        if (a != IR_TYPE_BOOL) p->op = IR_TRUTH;
        return true;
    default: return false;
    }
}

/* ---- checking --------------------------------------------------------------------- */

typedef struct Spec {
    IrModule *m;
    PassTypes *t;
    DiagEngine *diag;
    uint32_t errors;
    uint32_t first_object_f, first_object_v;   /* an object value no witness explains */
} Spec;

static bool has_object(const IrModule *m, uint32_t t)
{
    if (t == IR_TYPE_OBJECT) return true;
    if (t == BOT) return false;
    for (uint32_t i = 0, n = ir_type_nparams(m, (TypeId){t}); i < n; i++)
        if (has_object(m, ir_type_param(m, (TypeId){t}, i).id)) return true;
    return false;
}

static SrcLoc value_loc(const IrFunc *f, uint32_t v)
{
    const IrValue *val = &f->values.data[v];
    return val->def == VAL_INST ? f->locs.data[val->owner] : f->loc;
}

static void check_values(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    for (uint32_t v = 0; v < f->values.len; v++) {
        if (!ir_type_has_unknown(m, f->values.data[v].type)) continue;
        uint32_t x = pass_types_value(s->t, (FuncId){fi}, (ValueId){v});
        if (!has_object(m, x)) continue;
        uint32_t a, b;
        pass_types_why(s->t, (FuncId){fi}, (ValueId){v}, &a, &b);
        if (a == BOT) {
            if (s->first_object_f == IR_NONE_ID) {
                s->first_object_f = fi;
                s->first_object_v = v;
            }
            continue;
        }
        StrBuf msg;
        sb_init(&msg);
        sb_puts(&msg, "unsupported: ");
        pass_describe_value(m, f, v, &msg);
        sb_puts(&msg, " may hold ");
        pass_type_phrase(m, a, &msg);
        sb_puts(&msg, " or ");
        pass_type_phrase(m, b, &msg);
        sb_puts(&msg, " here (the dynamic object type is not in the backend yet");
        bool param = f->values.data[v].def == VAL_PARAM && f->values.data[v].owner == 0;
        sb_puts(&msg, param ? "; nor is cloning a function per call signature)" : ")");
        pass_report(s->diag, m, f, value_loc(f, v), msg.data);
        sb_free(&msg);
        s->errors++;
    }
}

/* Whether instruction i uses a value that is never produced (⊥). */
typedef struct DeadCtx { const PassTypes *t; uint32_t fi, nv; bool dead; } DeadCtx;
static void find_bottom(void *ctx, uint32_t *slot)
{
    DeadCtx *d = ctx;
    if (*slot < d->nv && pass_types_value(d->t, (FuncId){d->fi}, (ValueId){*slot}) == BOT) d->dead = true;
}

static bool uses_bottom(const PassTypes *t, IrFunc *f, uint32_t fi, uint32_t nv, InstId i)
{
    DeadCtx d = {t, fi, nv, false};
    ir_inst_visit_uses(f, i, find_bottom, &d);
    return d.dead;
}

static uint32_t operand_lattice(const Spec *s, uint32_t fi, IrFunc *f, InstId i, uint32_t k)
{
    if (k >= ir_inst_nargs(f, i)) return BOT;
    return pass_types_value(s->t, (FuncId){fi}, (ValueId){ir_inst_args(f, i)[k]});
}

static void check_ops(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId i = blk->insts.data[k];
            IrOp op = (IrOp)f->insts.data[i.id].op;
            if (uses_bottom(s->t, f, fi, f->values.len, i)) break;   /* the rest never runs */
            if (!(ir_op_flags(op) & IR_GENERIC)) continue;
            uint64_t imm = f->imms.data[i.id];
            uint32_t a = operand_lattice(s, fi, f, i, 0), c = operand_lattice(s, fi, f, i, 1);
            if (has_object(m, a) || has_object(m, c)) continue;      /* reported with the value */
            Plan p;
            if (plan_inst(op, imm, a, c, &p)) continue;
            StrBuf msg;
            sb_init(&msg);
            const char *sym = op == IR_PY_BINOP ? ir_binop_python((IrBinop)imm)
                              : op == IR_PY_UNOP ? ir_unop_python((IrUnop)imm)
                                                 : ir_pred_python((IrPred)imm);
            sb_printf(&msg, "unsupported: no typed form of '%s' for ", sym);
            pass_type_phrase(m, a, &msg);
            if (ir_op_nargs(op) == 2) {
                sb_puts(&msg, " and ");
                pass_type_phrase(m, c, &msg);
            }
            pass_report(s->diag, m, f, f->locs.data[i.id], msg.data);
            sb_free(&msg);
            s->errors++;
        }
    }
}

/* ---- rewriting ------------------------------------------------------------------- */

static uint32_t final_type(uint32_t x) { return x == BOT ? IR_TYPE_NONE : x; }

static void retype(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    for (uint32_t v = 0; v < f->values.len; v++)
        if (ir_type_has_unknown(m, f->values.data[v].type))
            f->values.data[v].type.id = final_type(pass_types_value(s->t, (FuncId){fi}, (ValueId){v}));
    IrBlock *entry = &f->blocks.data[0];
    VEC(TypeId) params = {0};
    for (uint32_t k = 0; k < entry->params.len; k++) vec_push(&params, f->values.data[entry->params.data[k].id].type);
    TypeId ret = ir_func_ret_type(m, f->type);
    if (ir_type_has_unknown(m, ret)) ret.id = final_type(pass_types_return(s->t, (FuncId){fi}));
    f->type = ir_type_func(m, params.data, params.len, ret);
    vec_free(&params);
}

/* v converted from its type to type `to` (bool -> int -> float). */
static ValueId convert(IrBuilder *b, ValueId v, uint32_t to)
{
    IrFunc *f = ir_func(b->m, b->func);
    uint32_t from = f->values.data[v.id].type.id;
    if (from == to) return v;
    if (from == IR_TYPE_BOOL) v = ir_unop(b, IR_BOOL_TO_INT, v);
    if (to == IR_TYPE_FLOAT) v = ir_unop(b, IR_INT_TO_FLOAT, v);
    return v;
}

/* Emits the typed code for generic instruction i; returns its result. */
static ValueId emit_plan(IrBuilder *b, IrFunc *f, InstId i, const Plan *p)
{
    IrInst inst = f->insts.data[i.id];
    uint32_t n = (uint32_t)ir_op_nargs((IrOp)inst.op);
    ValueId x = {inst.args[0]}, y = {n > 1 ? inst.args[1] : IR_NONE_ID};
    if (p->konst >= 0) return ir_const_bool(b, p->konst != 0);
    x = convert(b, x, p->conv[0]);
    if (n > 1) y = convert(b, y, p->conv[1]);
    if (p->op == IR_OP_COUNT) return x;                        /* unary plus, bool(bool) */
    if (n == 1) return ir_unop(b, p->op, x);
    if (p->swap) {
        ValueId tmp = x;
        x = y;
        y = tmp;
    }
    if (ir_op_imm(p->op) == IMM_PRED) return ir_cmp(b, p->op, (IrPred)p->imm, x, y);
    return ir_binop(b, p->op, x, y);
}

typedef struct SubstCtx { const uint32_t *subst; uint32_t nv; } SubstCtx;
static void apply_subst(void *ctx, uint32_t *slot)
{
    const SubstCtx *c = ctx;
    while (*slot < c->nv && c->subst[*slot] != IR_NONE_ID) *slot = c->subst[*slot];
}

static void rewrite(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    uint32_t nv = f->values.len;
    uint32_t *subst = xmalloc(sizeof *subst * (nv ? nv : 1));
    for (uint32_t v = 0; v < nv; v++) subst[v] = IR_NONE_ID;
    IrBuilder b;
    ir_builder_init(&b, m, (FuncId){fi});
    VEC(InstId) old = {0};
    for (uint32_t bi = 0; bi < f->blocks.len; bi++) {
        IrBlock *blk = &f->blocks.data[bi];
        old.len = 0;
        for (uint32_t k = 0; k < blk->insts.len; k++) vec_push(&old, blk->insts.data[k]);
        blk->insts.len = 0;
        ir_builder_set_block(&b, (BlockId){bi});
        for (uint32_t k = 0; k < old.len; k++) {
            InstId i = old.data[k];
            b.loc = f->locs.data[i.id];
            if (uses_bottom(s->t, f, fi, nv, i)) {
                ir_unreachable(&b);
                break;
            }
            IrOp op = (IrOp)f->insts.data[i.id].op;
            if (!(ir_op_flags(op) & IR_GENERIC)) {
                vec_push(&blk->insts, i);
                continue;
            }
            Plan p;
            uint32_t a = operand_lattice(s, fi, f, i, 0), c = operand_lattice(s, fi, f, i, 1);
            bool ok = plan_inst(op, f->imms.data[i.id], a, c, &p);
            (void)ok;                          /* check_ops has reported every failure */
            uint32_t result = f->insts.data[i.id].result;
            ValueId r = emit_plan(&b, f, i, &p);
            if (!ir_valid(f->values.data[r.id].name.id))
                f->values.data[r.id].name = f->values.data[result].name;
            subst[result] = r.id;
        }
    }
    SubstCtx sc = {subst, nv};
    for (uint32_t bi = 0; bi < f->blocks.len; bi++) {
        IrBlock *blk = &f->blocks.data[bi];
        for (uint32_t k = 0; k < blk->insts.len; k++) ir_inst_visit_uses(f, blk->insts.data[k], apply_subst, &sc);
    }
    vec_free(&old);
    free(subst);
}

bool pass_specialize(PassContext *cx)
{
    if (!cx->types) {
        uint32_t errors = 0;
        cx->types = pass_types_infer(cx->m, cx->diag, &errors);
        if (errors) return false;
    }
    Spec s = {cx->m, cx->types, cx->diag, 0, IR_NONE_ID, IR_NONE_ID};
    uint32_t nf = cx->m->funcs.len;
    for (uint32_t fi = 0; fi < nf; fi++) check_values(&s, fi);
    for (uint32_t fi = 0; fi < nf; fi++) check_ops(&s, fi);
    if (s.errors == 0 && s.first_object_f != IR_NONE_ID) {
        IrFunc *f = &cx->m->funcs.data[s.first_object_f];
        StrBuf msg;
        sb_init(&msg);
        sb_puts(&msg, "unsupported: ");
        pass_describe_value(cx->m, f, s.first_object_v, &msg);
        sb_puts(&msg, " has no single type here (the dynamic object type is not in the backend yet)");
        pass_report(cx->diag, cx->m, f, value_loc(f, s.first_object_v), msg.data);
        sb_free(&msg);
        s.errors++;
    }
    if (s.errors) return false;
    for (uint32_t fi = 0; fi < nf; fi++) retype(&s, fi);
    for (uint32_t fi = 0; fi < nf; fi++) rewrite(&s, fi);
    pass_types_free(cx->types);                /* it described the untyped IR */
    cx->types = NULL;
    return true;
}
