/* specialize.c — turns untyped IR into strictly typed IR with typeinfer's
 * result: every `?` becomes its lattice value (⊥, a value never produced,
 * becomes None), every py.* op the typed op for its operand types where
 * one exists (with bool.to_int / int.to_float where CPython's numeric tower
 * promotes), every signature the inferred one.  A generic op without a
 * typed form stays generic on `object` operands: specialize boxes its typed
 * operands (obj.box) and unboxes its result (obj.unbox) where inference
 * proved a static type (len() is an int).  Wherever a value meets a slot of
 * another type (a call argument, a return, a branch argument, a global) it
 * is converted the same way.  An instruction that uses a ⊥ value never
 * runs: it and the rest of its block become `unreachable`.  With
 * -Wdynamic, each value that became object because two types met there is
 * reported. */
#include "passes/passes.h"
#include "passes/typerules.h"

#include <stdlib.h>

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

static bool scalar(uint32_t t)
{
    return t == IR_TYPE_NONE || t == IR_TYPE_BOOL || t == IR_TYPE_INT || t == IR_TYPE_FLOAT || t == IR_TYPE_STR;
}

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
    } else if (equality && a != b && scalar(a) && scalar(b)) {
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
    if (a == IR_TYPE_OBJECT || b == IR_TYPE_OBJECT) return false;   /* the runtime decides */
    switch (op) {
    case IR_PY_BINOP:
    case IR_PY_INPLACE: return plan_binop((IrBinop)imm, a, b, p);
    case IR_PY_UNOP: return plan_unop((IrUnop)imm, a, p);
    case IR_PY_CMP: return plan_cmp((IrPred)imm, a, b, p);
    case IR_PY_TRUTH:
        if (a != IR_TYPE_BOOL) p->op = IR_TRUTH;
        return true;
    default: return false;
    }
}

/* ---- -Wdynamic ------------------------------------------------------------------- */

typedef struct Spec {
    IrModule *m;
    PassTypes *t;
    DiagEngine *diag;
} Spec;

static SrcLoc value_loc(const IrFunc *f, uint32_t v)
{
    const IrValue *val = &f->values.data[v];
    return val->def == VAL_INST ? f->locs.data[val->owner] : f->loc;
}

static void warn_union(Spec *s, const IrFunc *f, SrcLoc loc, const char *what, uint32_t a, uint32_t b)
{
    StrBuf msg;
    sb_init(&msg);
    sb_printf(&msg, "%s may hold ", what);
    pass_type_phrase(s->m, a, &msg);
    sb_puts(&msg, " or ");
    pass_type_phrase(s->m, b, &msg);
    sb_puts(&msg, " here: it uses the dynamic object type [-Wdynamic]");
    if (loc.file) diag_warning(s->diag, loc, "%s", msg.data);
    else diag_global(s->diag, DIAG_WARNING, "in @%s: %s", ir_str(s->m, f->name), msg.data);
    sb_free(&msg);
}

/* What container instruction i makes ("list", "dict", "set"), or NULL. */
static const char *container_made(const IrModule *m, const IrFunc *f, InstId i)
{
    static const char *const list_builtins[] = {"list", "sorted", NULL};
    static const char *const list_methods[] = {"split", "rsplit", "splitlines", NULL};
    IrOp op = (IrOp)f->insts.data[i.id].op;
    if (op == IR_PY_LIST) return "list";
    if (op == IR_PY_DICT) return "dict";
    if (op == IR_PY_SET) return "set";
    if (op != IR_PY_BUILTIN && op != IR_PY_METHOD) return NULL;
    StrId imm = {(uint32_t)f->imms.data[i.id]};
    IrCallee c = ir_callee_parse(ir_str(m, imm), ir_str_len(m, imm));
    if (op == IR_PY_METHOD) return ir_name_in(c.name, c.name_len, list_methods) ? "list" : NULL;
    if (ir_name_in(c.name, c.name_len, list_builtins)) return "list";
    if (ir_name_is(c.name, c.name_len, "set")) return "set";
    if (ir_name_is(c.name, c.name_len, "dict")) return "dict";
    return NULL;
}

/* One warning at each list, dict or set that became object although no two
 * types met in a variable there (a list stored where the typed containers
 * do not follow it), with a note where that happened. */
static void warn_dynamic_containers(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    for (uint32_t i = 0; i < f->insts.len; i++) {
        uint32_t r = f->insts.data[i].result;
        FuncId at_f;
        InstId at;
        if (!ir_valid(r) || pass_types_value(s->t, (FuncId){fi}, (ValueId){r}) != IR_TYPE_OBJECT) continue;
        const char *what = container_made(m, f, (InstId){i});
        if (!what || !pass_types_escaped_at(s->t, (FuncId){fi}, (InstId){i}, &at_f, &at)) continue;
        StrBuf msg;
        sb_init(&msg);
        sb_printf(&msg, "the %s made here uses the dynamic object type [-Wdynamic]", what);
        SrcLoc loc = f->locs.data[i], at_loc = m->funcs.data[at_f.id].locs.data[at.id];
        if (loc.file) diag_warning(s->diag, loc, "%s", msg.data);
        else diag_global(s->diag, DIAG_WARNING, "in @%s: %s", ir_str(m, f->name), msg.data);
        if (at_loc.file && (at_loc.line != loc.line || at_loc.col != loc.col))
            diag_note(s->diag, at_loc, "it becomes dynamic here: a use the typed %ss do not cover", what);
        sb_free(&msg);
    }
}

/* One warning where two static types meet and make a value object (a
 * genuine union), naming both: at the value, or once for a function's
 * return (its callers' results inherit the union and are not reported). */
static void warn_dynamic(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    uint32_t a, b;
    StrBuf what;
    sb_init(&what);
    if (ir_type_has_unknown(m, ir_func_ret_type(m, f->type)) &&
        pass_types_return(s->t, (FuncId){fi}) == IR_TYPE_OBJECT) {
        pass_types_return_why(s->t, (FuncId){fi}, &a, &b);
        sb_printf(&what, "the result of '%.*s'", (int)ir_func_py_name_len(m, f), ir_str(m, f->name));
        if (a != BOT) warn_union(s, f, f->loc, what.data, a, b);
    }
    for (uint32_t v = 0; v < f->values.len; v++) {
        if (!ir_type_has_unknown(m, f->values.data[v].type)) continue;
        if (pass_types_value(s->t, (FuncId){fi}, (ValueId){v}) != IR_TYPE_OBJECT) continue;
        if (f->values.data[v].def == VAL_INST && f->insts.data[f->values.data[v].owner].op == IR_CALL) continue;
        pass_types_why(s->t, (FuncId){fi}, (ValueId){v}, &a, &b);
        if (a == BOT) continue;
        what.len = 0;
        pass_describe_value(m, f, v, &what);
        warn_union(s, f, value_loc(f, v), what.data, a, b);
    }
    sb_free(&what);
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

/* The final type of operand k of i (values are retyped before rewriting). */
static uint32_t operand_type(IrFunc *f, InstId i, uint32_t k)
{
    if (k >= ir_inst_nargs(f, i)) return BOT;
    return f->values.data[ir_inst_args(f, i)[k]].type.id;
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

static uint32_t type_of(IrBuilder *b, ValueId v) { return ir_func(b->m, b->func)->values.data[v.id].type.id; }

/* v converted from its type to type `to`: bool -> int -> float, into and
 * out of object, tuples element by element.  A value that cannot convert
 * is left as it is (the verifier reports the mismatch). */
static ValueId convert(IrBuilder *b, ValueId v, uint32_t to)
{
    IrModule *m = b->m;
    uint32_t from = type_of(b, v);
    if (from == to) return v;
    if (to == IR_TYPE_OBJECT) return ir_emit(b, IR_OBJ_BOX, 0, &v, 1, (TypeId){IR_TYPE_OBJECT});
    bool to_tuple = ir_type_kind(m, (TypeId){to}) == TY_TUPLE;
    if (from == IR_TYPE_OBJECT && to_tuple) {
        uint32_t n = ir_type_nparams(m, (TypeId){to});
        v = ir_emit(b, IR_PY_UNPACK, n, &v, 1, (TypeId){ir_generic_result(m, IR_PY_UNPACK, n)});
        from = type_of(b, v);
    }
    if (from == IR_TYPE_OBJECT) return ir_emit(b, IR_OBJ_UNBOX, 0, &v, 1, (TypeId){to});
    if (to_tuple && ir_type_kind(m, (TypeId){from}) == TY_TUPLE &&
        ir_type_nparams(m, (TypeId){from}) == ir_type_nparams(m, (TypeId){to})) {
        uint32_t n = ir_type_nparams(m, (TypeId){to});
        ValueId *elems = xmalloc(sizeof *elems * (n ? n : 1));
        for (uint32_t i = 0; i < n; i++)
            elems[i] = convert(b, ir_tuple_get(b, v, i), ir_type_param(m, (TypeId){to}, i).id);
        ValueId r = ir_tuple_new(b, elems, n);
        free(elems);
        return r;
    }
    if ((from == IR_TYPE_BOOL || from == IR_TYPE_INT) && (to == IR_TYPE_INT || to == IR_TYPE_FLOAT)) {
        if (from == IR_TYPE_BOOL) v = ir_unop(b, IR_BOOL_TO_INT, v);
        if (to == IR_TYPE_FLOAT) v = ir_unop(b, IR_INT_TO_FLOAT, v);
    }
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

/* A builtin call with statically typed scalar arguments as the typed op
 * (range.new, builtin abs/round/divmod/min/max/pow/len/hex/oct/bin);
 * IR_NONE_ID when it has no typed form. */
static uint32_t plan_builtin(IrBuilder *b, IrFunc *f, InstId i, uint32_t result_type)
{
    IrModule *m = b->m;
    StrId sid = {(uint32_t)f->imms.data[i.id]};
    IrCallee c = ir_callee_parse(ir_str(m, sid), ir_str_len(m, sid));
    const char *name = c.name;
    size_t k = c.name_len;
    uint32_t n = ir_inst_nargs(f, i);
    if (!ir_callee_plain(&c) || n == 0 || n > 3) return IR_NONE_ID;
    ValueId a[3];
    uint32_t t[3];
    for (uint32_t j = 0; j < n; j++) {
        a[j].id = ir_inst_args(f, i)[j];
        t[j] = type_of(b, a[j]);
    }
    if (ir_name_is(name, k, "range")) {
        if (result_type != IR_TYPE_RANGE) return IR_NONE_ID;
        ValueId start = n > 1 ? a[0] : ir_const_int(b, 0);
        ValueId stop = n > 1 ? a[1] : a[0];
        ValueId step = n > 2 ? a[2] : ir_const_int(b, 1);
        return ir_range_new(b, start, stop, step).id;
    }
    IrBuiltin which = ir_builtin_lookup(name, k);
    if (which == IR_BI_COUNT || result_type == IR_TYPE_OBJECT) return IR_NONE_ID;
    if (which == IR_BI_LEN) {
        TypeKind tk = ir_type_kind(m, (TypeId){t[0]});
        if (!(tk == TY_STR || tk == TY_TUPLE || tk == TY_RANGE)) return IR_NONE_ID;
    } else if (which == IR_BI_ORD) {
        if (t[0] != IR_TYPE_STR) return IR_NONE_ID;
    } else if (which == IR_BI_CHR) {
        if (t[0] != IR_TYPE_INT && t[0] != IR_TYPE_BOOL) return IR_NONE_ID;
        a[0] = convert(b, a[0], IR_TYPE_INT);
    } else {
        /* operands as the typed builtins take them: ints, or floats when any is */
        bool any_float = false;
        for (uint32_t j = 0; j < n; j++) {
            if (!scalar(t[j]) || t[j] == IR_TYPE_NONE) return IR_NONE_ID;
            any_float |= t[j] == IR_TYPE_FLOAT;
        }
        if (which == IR_BI_MIN || which == IR_BI_MAX) {
            for (uint32_t j = 1; j < n; j++)
                if (t[j] != t[0]) return IR_NONE_ID;
        } else if (which == IR_BI_ROUND) {
            if (t[0] == IR_TYPE_STR || (n == 2 && t[1] == IR_TYPE_FLOAT)) return IR_NONE_ID;
            a[0] = convert(b, a[0], t[0] == IR_TYPE_FLOAT ? IR_TYPE_FLOAT : IR_TYPE_INT);
            if (n == 2) a[1] = convert(b, a[1], IR_TYPE_INT);
        } else {
            for (uint32_t j = 0; j < n; j++) {
                if (t[j] == IR_TYPE_STR) return IR_NONE_ID;
                if (which != IR_BI_ABS) a[j] = convert(b, a[j], any_float ? IR_TYPE_FLOAT : IR_TYPE_INT);
            }
        }
    }
    TypeId ts[3];
    for (uint32_t j = 0; j < n; j++) ts[j].id = type_of(b, a[j]);
    if (ir_op_result(m, IR_BUILTIN, which, ts, n) == IR_NONE_ID) return IR_NONE_ID;
    return ir_builtin(b, which, a, n, (TypeId){result_type}).id;
}

/* Whether generic instruction i takes a typed list, dict or set, or (py.iter,
 * sorted(), list()) a typed dict view, which passes/sites.c accepted. */
static bool has_typed_operand(const IrModule *m, IrFunc *f, InstId i)
{
    for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++) {
        TypeId t = f->values.data[ir_inst_args(f, i)[k]].type;
        TypeKind kind = ir_type_kind(m, t);
        if (kind == TY_LIST || kind == TY_DICT || kind == TY_SET) return true;
        IrOp op = (IrOp)f->insts.data[i.id].op;
        if (kind == TY_ITER && (op == IR_PY_ITER || op == IR_PY_BUILTIN) && ir_type_param(m, t, 0).id != IR_TYPE_OBJECT)
            return true;
    }
    return false;
}

/* A generic op on a typed list or dict (the shapes passes/sites.c
 * accepted) stays generic with its typed operands and result; an int-like
 * index operand of a list (a[i], insert(i, x), pop(i)) becomes an int. */
static uint32_t list_form(IrBuilder *b, IrFunc *f, InstId i, uint32_t result_type)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    uint32_t n = ir_inst_nargs(f, i);
    ValueId *args = xmalloc(sizeof *args * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++) args[k].id = ir_inst_args(f, i)[k];
    StrId sid = {(uint32_t)imm};
    static const char *const index_first[] = { "insert", "pop", NULL };
    bool indexed = n > 0 && ir_type_kind(b->m, (TypeId){type_of(b, args[0])}) == TY_LIST &&
                   (op == IR_PY_GETITEM || op == IR_PY_SETITEM || op == IR_PY_DELITEM ||
                    (op == IR_PY_METHOD && ir_name_in(ir_str(b->m, sid), ir_str_len(b->m, sid), index_first)));
    if (indexed && n > 1 && type_of(b, args[1]) == IR_TYPE_BOOL) args[1] = convert(b, args[1], IR_TYPE_INT);
    ValueId r = ir_emit(b, op, imm, args, n, (TypeId){result_type});
    free(args);
    return ir_op_has_result(op) ? r.id : IR_NONE_ID;
}

/* A bool compared for equality with a constant bool: `x == False` (how
 * `not x` is lowered where x's type was not known yet) and `x != True` are
 * `not x`, a bool.not that the emitter fuses with the truth test before it;
 * `x == True` and `x != False` are x itself.  IR_NONE_ID when neither
 * operand of py.cmp i (two bools) is a const.bool. */
static uint32_t bool_vs_const(IrBuilder *b, IrFunc *f, InstId i)
{
    IrPred pred = (IrPred)f->imms.data[i.id];
    if (pred != IR_PRED_EQ && pred != IR_PRED_NE) return IR_NONE_ID;
    const uint32_t *args = ir_inst_args(f, i);
    for (uint32_t k = 0; k < 2; k++) {
        const IrValue *c = &f->values.data[args[k]];
        if (c->def != VAL_INST || f->insts.data[c->owner].op != IR_CONST_BOOL) continue;
        ValueId x = {args[1 - k]};
        bool same = (f->imms.data[c->owner] != 0) == (pred == IR_PRED_EQ);
        return same ? x.id : ir_unop(b, IR_BOOL_NOT, x).id;
    }
    return IR_NONE_ID;
}

/* The typed replacement of generic instruction i when there is one (its
 * result), else IR_NONE_ID. */
static uint32_t typed_form(IrBuilder *b, IrFunc *f, InstId i, uint32_t result_type)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    const uint32_t *args = ir_inst_args(f, i);
    uint32_t a = operand_type(f, i, 0), c = operand_type(f, i, 1);
    if (op == IR_PY_CMP && a == IR_TYPE_BOOL && c == IR_TYPE_BOOL) {
        uint32_t r = bool_vs_const(b, f, i);
        if (ir_valid(r)) return r;
    }
    switch (op) {
    case IR_PY_BINOP: case IR_PY_INPLACE: case IR_PY_UNOP: case IR_PY_CMP: case IR_PY_TRUTH: {
        Plan p;
        if (!plan_inst(op, f->imms.data[i.id], a, c, &p)) return IR_NONE_ID;
        return emit_plan(b, f, i, &p).id;
    }
    case IR_PY_ITER:
        if (a != IR_TYPE_RANGE && rule_iter_item(b->m, a) == IR_TYPE_OBJECT) return IR_NONE_ID;
        return ir_iter_new(b, (ValueId){args[0]}).id;
    case IR_PY_UNPACK: return a == result_type ? args[0] : IR_NONE_ID;
    case IR_PY_BUILTIN: return plan_builtin(b, f, i, result_type);
    default: return IR_NONE_ID;
    }
}

/* Generic instruction i kept generic: typed operands boxed (py.format's
 * value only when it is not a scalar, its spec never), the result typed as
 * generic ops are, then unboxed to the inferred type. */
static uint32_t generic_form(IrBuilder *b, IrFunc *f, InstId i, uint32_t result_type)
{
    IrModule *m = b->m;
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    uint32_t n = ir_inst_nargs(f, i);
    ValueId *args = xmalloc(sizeof *args * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++) args[k].id = ir_inst_args(f, i)[k];
    for (uint32_t k = 0; k < n; k++) {
        if (op == IR_PY_FORMAT && (k == 1 || scalar(type_of(b, args[k])))) continue;
        args[k] = convert(b, args[k], IR_TYPE_OBJECT);
    }
    ValueId r = ir_emit(b, op, imm, args, n, (TypeId){ir_generic_result(m, op, imm)});
    free(args);
    if (!ir_op_has_result(op)) return IR_NONE_ID;
    return convert(b, r, result_type).id;
}

typedef struct SubstCtx { const uint32_t *subst; uint32_t nv; } SubstCtx;
static void apply_subst(void *ctx, uint32_t *slot)
{
    const SubstCtx *c = ctx;
    while (*slot < c->nv && c->subst[*slot] != IR_NONE_ID) *slot = c->subst[*slot];
}

/* The type the k-th operand of non-generic instruction i must have, or
 * IR_NONE_ID when any type goes (print, tuple.new, to_str, ...). */
static uint32_t slot_type(IrModule *m, IrFunc *f, InstId i, uint32_t k)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    switch (op) {
    case IR_CALL: return ir_type_param(m, m->funcs.data[imm].type, k).id;
    case IR_GLOBAL_SET: return m->globals.data[imm].type.id;
    default: return IR_NONE_ID;
    }
}

/* Converts the operands of non-generic instruction i (substituted first)
 * to the types of the slots they flow into: call parameters, globals,
 * return types and block parameters. */
static void coerce_operands(IrBuilder *b, IrFunc *f, InstId i, const SubstCtx *sc)
{
    IrModule *m = b->m;
    ir_inst_visit_uses(f, i, apply_subst, (void *)sc);
    IrOp op = (IrOp)f->insts.data[i.id].op;
    if (op == IR_RET) {
        uint32_t want = ir_func_ret_type(m, f->type).id;
        ValueId v = ir_term_operand(f, i);
        ValueId c = convert(b, v, want);
        f = ir_func(m, b->func);
        if (c.id != v.id) f->insts.data[i.id].args[0] = c.id;
        return;
    }
    if (ir_op_flags(op) & IR_TERM) {
        for (uint32_t s = 0; s < ir_term_nsuccs(f, i); s++) {
            uint32_t nargs = ir_term_succ(f, i, s).nargs;
            for (uint32_t k = 0; k < nargs; k++) {
                IrEdge e = ir_term_succ(f, i, s);
                uint32_t want = f->values.data[ir_block(f, e.target)->params.data[k].id].type.id;
                ValueId c = convert(b, (ValueId){e.args[k]}, want);
                f = ir_func(m, b->func);
                e = ir_term_succ(f, i, s);
                ((uint32_t *)e.args)[k] = c.id;
            }
        }
        return;
    }
    for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++) {
        uint32_t want = slot_type(m, f, i, k);
        if (want == IR_NONE_ID) continue;
        ValueId c = convert(b, (ValueId){ir_inst_args(f, i)[k]}, want);
        f = ir_func(m, b->func);
        ((uint32_t *)ir_inst_args(f, i))[k] = c.id;
    }
}

static void rewrite(Spec *s, uint32_t fi)
{
    IrModule *m = s->m;
    IrFunc *f = &m->funcs.data[fi];
    uint32_t nv = f->values.len;
    uint32_t *subst = xmalloc(sizeof *subst * (nv ? nv : 1));
    for (uint32_t v = 0; v < nv; v++) subst[v] = IR_NONE_ID;
    SubstCtx sc = {subst, nv};
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
            f = &m->funcs.data[fi];
            b.loc = f->locs.data[i.id];
            if (f->insts.data[i.id].op == IR_ANNOT_CHECK) continue;   /* typeinfer checked it */
            if (uses_bottom(s->t, f, fi, nv, i)) {
                ir_unreachable(&b);
                break;
            }
            IrOp op = (IrOp)f->insts.data[i.id].op;
            if (!(ir_op_flags(op) & IR_GENERIC)) {
                coerce_operands(&b, f, i, &sc);
                vec_push(&m->funcs.data[fi].blocks.data[bi].insts, i);
                continue;
            }
            ir_inst_visit_uses(f, i, apply_subst, &sc);
            uint32_t result = f->insts.data[i.id].result;
            uint32_t rtype = ir_valid(result) ? f->values.data[result].type.id : IR_TYPE_NONE;
            uint32_t r;
            if (has_typed_operand(m, f, i) ||
                ((op == IR_PY_LIST || op == IR_PY_METHOD) && ir_type_kind(m, (TypeId){rtype}) == TY_LIST) ||
                (op == IR_PY_DICT && ir_type_kind(m, (TypeId){rtype}) == TY_DICT) ||
                ((op == IR_PY_SET || op == IR_PY_BUILTIN) && ir_type_kind(m, (TypeId){rtype}) == TY_SET))
                r = list_form(&b, f, i, rtype);
            else if (!ir_valid(r = typed_form(&b, f, i, rtype)))
                r = generic_form(&b, &m->funcs.data[fi], i, rtype);
            f = &m->funcs.data[fi];
            if (!ir_valid(result)) continue;
            if (!ir_valid(f->values.data[r].name.id)) f->values.data[r].name = f->values.data[result].name;
            subst[result] = r;
        }
    }
    f = &m->funcs.data[fi];
    for (uint32_t bi = 0; bi < f->blocks.len; bi++) {
        IrBlock *blk = &f->blocks.data[bi];
        for (uint32_t k = 0; k < blk->insts.len; k++) ir_inst_visit_uses(f, blk->insts.data[k], apply_subst, &sc);
    }
    vec_free(&old);
    free(subst);
}

static void retype_globals(Spec *s)
{
    for (uint32_t g = 0; g < s->m->globals.len; g++) {
        IrGlobal *gl = &s->m->globals.data[g];
        if (ir_type_has_unknown(s->m, gl->type)) gl->type.id = final_type(pass_types_global(s->t, (GlobalId){g}));
    }
}

bool pass_specialize(PassContext *cx)
{
    if (!cx->types) {
        uint32_t errors = 0;
        cx->types = pass_types_infer(cx->m, cx->diag, &errors, cx->typed_lists);
        if (errors) return false;
    }
    Spec s = {cx->m, cx->types, cx->diag};
    uint32_t nf = cx->m->funcs.len;
    if (cx->warn_dynamic)
        for (uint32_t fi = 0; fi < nf; fi++) {
            warn_dynamic(&s, fi);
            warn_dynamic_containers(&s, fi);
        }
    retype_globals(&s);
    for (uint32_t fi = 0; fi < nf; fi++) retype(&s, fi);
    for (uint32_t fi = 0; fi < nf; fi++) rewrite(&s, fi);
    pass_types_free(cx->types);                /* it described the untyped IR */
    cx->types = NULL;
    return true;
}
