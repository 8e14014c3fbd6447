/* typeinfer.c — type inference over untyped IR (passes/TYPEINFER.md, step 2,
 * scalars): a monotone fixpoint over the lattice ⊥ ⊑ {None, bool, int, float,
 * str, tuple[...], ...} ⊑ object, one lattice value per SSA value.
 * Invariants: a value whose IR type has no `?` (an annotation or a typed op)
 * is fixed at that type and never widened; every other value only rises, by
 * joins, so the worklist terminates.  Interprocedurally a `?` parameter is
 * the join of the arguments at every call site and a `?` return type the
 * join of the function's ret operands.  Annotations (typed slots, and the
 * IrAnnot records that leave theirs `?`) are checked once the fixpoint is
 * reached: a flow that does not fit one is a diagnostic, with a note at the
 * annotation. */
#include "passes/passes.h"
#include "passes/typerules.h"
#include "passes/sites.h"

#include <stdlib.h>
#include <string.h>

#define BOT PASS_TYPE_BOTTOM

struct PassTypes {
    uint32_t nfuncs;
    uint32_t **val;          /* val[f][v]: lattice value of value v of function f */
    uint32_t *ret;           /* ret[f]: lattice value of f's return */
    uint32_t **why;          /* why[f][2v], why[f][2v+1]: two types whose join made v object */
    uint32_t *ret_why;       /* the same for ret[f] (2 per function) */
    uint32_t nglobals;
    uint32_t *gval;          /* gval[g]: lattice value of global g */
    uint32_t *gwhy;          /* 2 per global, as why */
    uint64_t **escaped_at;   /* escaped_at[f][inst]: 1 + (fi << 32 | inst) where the site the
                              * instruction makes became object, or 0 */
};

/* ---- the lattice ----------------------------------------------------------- */

uint32_t pass_type_join(IrModule *m, uint32_t a, uint32_t b)
{
    if (a == BOT) return b;
    if (b == BOT || a == b) return a;
    if (a == IR_TYPE_OBJECT || b == IR_TYPE_OBJECT) return IR_TYPE_OBJECT;
    TypeId ta = {a}, tb = {b};
    /* Iterators join by their items: iter[str] ⊔ iter[object] = iter[object]. */
    if (ir_type_kind(m, ta) == TY_ITER && ir_type_kind(m, tb) == TY_ITER) {
        TypeId item = {pass_type_join(m, ir_type_param(m, ta, 0).id, ir_type_param(m, tb, 0).id)};
        return ir_type_iter(m, item).id;
    }
    uint32_t n = ir_type_nparams(m, ta);
    if (ir_type_kind(m, ta) != TY_TUPLE || ir_type_kind(m, tb) != TY_TUPLE || ir_type_nparams(m, tb) != n)
        return IR_TYPE_OBJECT;
    /* Tuples of one length join element by element. */
    VEC(TypeId) elems = {0};
    for (uint32_t i = 0; i < n; i++) {
        uint32_t e = pass_type_join(m, ir_type_param(m, ta, i).id, ir_type_param(m, tb, i).id);
        vec_push(&elems, ((TypeId){e}));
    }
    uint32_t t = ir_type_tuple(m, elems.data, n).id;
    vec_free(&elems);
    return t;
}

static bool leq(IrModule *m, uint32_t a, uint32_t b) { return pass_type_join(m, a, b) == b; }

/* Whether a value of this IR type is a lattice variable (else it is fixed). */
static bool is_var(const IrModule *m, TypeId t) { return ir_type_has_unknown(m, t); }

/* ---- the fixpoint ------------------------------------------------------------ */

typedef struct Infer {
    IrModule *m;
    PassTypes *t;
    VEC(uint32_t) work;
    bool *queued;            /* per function */
    VEC(uint32_t) *callers;  /* per function: the functions with a call to it */
    VEC(uint32_t) *readers;  /* per global: the functions that read it */
    Sites *sites;            /* list allocation sites; NULL: lists are object */
} Infer;

/* A lattice value as it stands now (its list site's representative). */
static uint32_t cur(Infer *in, uint32_t x) { return in->sites ? sites_canon(in->sites, x) : x; }

static void push(Infer *in, uint32_t f)
{
    if (in->queued[f]) return;
    in->queued[f] = true;
    vec_push(&in->work, f);
}

/* Joins x into *slot, recording a witness pair when two concrete types meet
 * at object.  Returns whether *slot changed. */
static bool join_into(Infer *in, uint32_t *slot, uint32_t *why, uint32_t x)
{
    uint32_t old = cur(in, *slot);
    x = cur(in, x);
    uint32_t j = in->sites ? sites_join(in->sites, old, x) : pass_type_join(in->m, old, x);
    *slot = old;
    if (j == old) return false;
    if (j == IR_TYPE_OBJECT && old != BOT && x != IR_TYPE_OBJECT && old != IR_TYPE_OBJECT &&
        why[0] == BOT) {
        why[0] = old;
        why[1] = x;
    }
    *slot = j;
    return true;
}

/* The lattice value of a var-typed instruction result. */
static uint32_t transfer(Infer *in, uint32_t fi, InstId i)
{
    IrModule *m = in->m;
    IrFunc *f = &m->funcs.data[fi];
    const uint32_t *val = in->t->val[fi];
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    const uint32_t *args = ir_inst_args(f, i);
    uint32_t n = ir_inst_nargs(f, i);
    if (ir_op_flags(op) & IR_GENERIC) {
        uint32_t *a = xmalloc(sizeof *a * (n ? n : 1));
        for (uint32_t k = 0; k < n; k++) a[k] = cur(in, val[args[k]]);
        bool handled = false;
        uint32_t r = in->sites ? sites_transfer(in->sites, fi, i, a, n, &handled) : 0;
        if (!handled) r = rule_generic(m, op, imm, a, n);
        free(a);
        return r;
    }
    switch (op) {
    case IR_CALL: return cur(in, in->t->ret[imm]);
    case IR_GLOBAL_GET: return cur(in, in->t->gval[imm]);
    default: break;
    }
    VEC(TypeId) types = {0};
    uint32_t r = IR_NONE_ID;
    bool bottom = false;     /* BOT is IR_NONE_ID: a flag, not a value of r */
    for (uint32_t k = 0; k < n; k++) {
        if (val[args[k]] == BOT) bottom = true;
        else if (val[args[k]] == IR_TYPE_OBJECT && op != IR_TUPLE_NEW) r = IR_TYPE_OBJECT;
        vec_push(&types, ((TypeId){val[args[k]]}));
    }
    if (bottom) {
        r = BOT;
    } else if (r == IR_NONE_ID) {
        if (op == IR_TUPLE_NEW) r = ir_type_tuple(m, types.data, n).id;
        else r = ir_op_result(m, op, imm, types.data, n);
        if (r == IR_NONE_ID || r == IR_TYPE_ANY) r = IR_TYPE_OBJECT;   /* no rule: unknown */
    }
    vec_free(&types);
    return r;
}

typedef struct EdgeCtx { Infer *in; uint32_t fi; bool changed; } EdgeCtx;

/* Typed ops that accept a list value as it is (print it, pass it, return
 * it, branch with it, check it against an annotation, hold it in a tuple
 * or read it out of one); every other non-generic op makes its site
 * escape. */
static bool takes_lists(IrOp op)
{
    return op == IR_PRINT || op == IR_TO_STR || op == IR_TO_REPR || op == IR_CALL || op == IR_GLOBAL_SET ||
           op == IR_RET || op == IR_BR || op == IR_CONDBR || op == IR_ITER_NEXT || op == IR_ANNOT_CHECK ||
           op == IR_TUPLE_NEW || op == IR_TUPLE_GET;
}

/* What instruction i does to list and dict sites beyond its result:
 * generic ops without a result (py.setitem, py.delitem) store into them,
 * ops that take them as they are let only dict views escape, and other
 * ops let the containers they take escape. */
static void site_effects(Infer *in, uint32_t fi, InstId i)
{
    IrFunc *f = &in->m->funcs.data[fi];
    IrOp op = (IrOp)f->insts.data[i.id].op;
    bool generic = ir_op_flags(op) & IR_GENERIC;
    if (!in->sites || (generic && ir_op_has_result(op))) return;
    if (ir_op_flags(op) & IR_TERM) {          /* operands in extra[]: only ret's is a value */
        uint32_t x = op == IR_RET ? cur(in, in->t->val[fi][ir_term_operand(f, i).id]) : BOT;
        if (op == IR_RET) sites_take(in->sites, op, &x, 1);
        return;
    }
    uint32_t n = ir_inst_nargs(f, i);
    uint32_t *a = xmalloc(sizeof *a * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++) a[k] = cur(in, in->t->val[fi][ir_inst_args(f, i)[k]]);
    bool handled;
    if (generic) sites_transfer(in->sites, fi, i, a, n, &handled);
    else if (takes_lists(op)) sites_take(in->sites, op, a, n);
    else sites_escape_all(in->sites, a, n);
    free(a);
}

/* Joins the arguments of a call from fi into the var parameters of callee
 * g: values args[0..n) of fi, or object for every parameter when args is
 * NULL (a function value).  Returns whether fi itself changed (a recursive
 * call); another callee that changed is queued. */
static bool join_args(Infer *in, uint32_t fi, uint32_t g, const uint32_t *args, uint32_t n)
{
    IrFunc *callee = &in->m->funcs.data[g];
    IrBlock *entry = &callee->blocks.data[0];
    uint32_t np = args && n < entry->params.len ? n : entry->params.len;
    bool changed = false;
    for (uint32_t a = 0; a < np; a++) {
        uint32_t p = entry->params.data[a].id;
        uint32_t x = args ? in->t->val[fi][args[a]] : IR_TYPE_OBJECT;
        if (is_var(in->m, callee->values.data[p].type))
            changed |= join_into(in, &in->t->val[g][p], &in->t->why[g][2 * p], x);
    }
    if (changed && g != fi) push(in, g);
    return changed && g == fi;
}

/* One sweep over function fi: every var result, every var block parameter,
 * the var parameters of its callees, its var return.  True if a value of fi
 * changed. */
static bool sweep(Infer *in, uint32_t fi)
{
    IrModule *m = in->m;
    IrFunc *f = &m->funcs.data[fi];
    uint32_t *val = in->t->val[fi], *why = in->t->why[fi];
    bool changed = false;
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId i = blk->insts.data[k];
            const IrInst *inst = &f->insts.data[i.id];
            IrOp op = (IrOp)inst->op;
            if (in->sites) sites_at(in->sites, fi, i);
            site_effects(in, fi, i);
            if (ir_valid(inst->result) && is_var(m, f->values.data[inst->result].type)) {
                uint32_t x = transfer(in, fi, i);
                uint32_t *w = &why[2 * inst->result];
                if (op == IR_CALL && x == IR_TYPE_OBJECT && w[0] == BOT) {
                    w[0] = in->t->ret_why[2 * f->imms.data[i.id]];
                    w[1] = in->t->ret_why[2 * f->imms.data[i.id] + 1];
                }
                changed |= join_into(in, &val[inst->result], w, x);
            }
            if (op == IR_CALL)
                changed |= join_args(in, fi, (uint32_t)f->imms.data[i.id], ir_inst_args(f, i), ir_inst_nargs(f, i));
            if (op == IR_PY_FUNC_REF)          /* the runtime may call it with any objects */
                changed |= join_args(in, fi, (uint32_t)f->imms.data[i.id], NULL, 0);
            if (op == IR_GLOBAL_SET && is_var(m, m->globals.data[f->imms.data[i.id]].type)) {
                uint32_t g = (uint32_t)f->imms.data[i.id];
                if (join_into(in, &in->t->gval[g], &in->t->gwhy[2 * g], val[ir_inst_args(f, i)[0]]))
                    for (uint32_t r = 0; r < in->readers[g].len; r++) {
                        if (in->readers[g].data[r] == fi) changed = true;
                        else push(in, in->readers[g].data[r]);
                    }
            }
            if (op == IR_RET && is_var(m, ir_func_ret_type(m, f->type))) {
                if (join_into(in, &in->t->ret[fi], &in->t->ret_why[2 * fi], val[ir_term_operand(f, i).id]))
                    for (uint32_t c = 0; c < in->callers[fi].len; c++) push(in, in->callers[fi].data[c]);
            }
            for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
                IrEdge e = ir_term_succ(f, i, s);
                IrBlock *target = &f->blocks.data[e.target.id];
                for (uint32_t a = 0; a < e.nargs && a < target->params.len; a++) {
                    uint32_t p = target->params.data[a].id;
                    if (is_var(m, f->values.data[p].type))
                        changed |= join_into(in, &val[p], &why[2 * p], val[e.args[a]]);
                }
                if (op == IR_ITER_NEXT && s == 0 && target->params.len > e.nargs) {
                    uint32_t p = vec_last(&target->params).id, it = cur(in, val[ir_term_operand(f, i).id]);
                    uint32_t list_item;
                    bool of_list = in->sites && sites_iter_item(in->sites, it, &list_item);
                    uint32_t item = of_list ? list_item : it == BOT ? it : it == IR_TYPE_OBJECT ? IR_TYPE_OBJECT
                                    : ir_type_kind(m, (TypeId){it}) == TY_ITER ? ir_type_param(m, (TypeId){it}, 0).id
                                    : IR_TYPE_OBJECT;
                    if (is_var(m, f->values.data[p].type)) changed |= join_into(in, &val[p], &why[2 * p], item);
                }
            }
        }
    }
    return changed;
}

/* ---- annotation checks ------------------------------------------------------ */

/* "an int", "a str", "None", "a tuple[int,str]". */
void pass_type_phrase(const IrModule *m, uint32_t t, StrBuf *out)
{
    if (t != PASS_TYPE_BOTTOM && (t & (SITE_LREF | SITE_IREF))) {   /* a list site's lattice value */
        sb_puts(out, t & SITE_LREF ? "a list" : "an iterator");
        return;
    }
    if (t == IR_TYPE_NONE) {
        sb_puts(out, "None");
        return;
    }
    StrBuf name;
    sb_init(&name);
    ir_type_print(m, (TypeId){t}, &name);
    sb_puts(out, strchr("aeiou", name.data[0]) ? "an " : "a ");
    sb_puts(out, name.data);
    sb_free(&name);
}

/* Reports at loc, or, when loc has no file (IR read from text), names the
 * position in the message: "in @scope at LINE:COL: ...". */
static void report(DiagEngine *diag, DiagLevel level, const IrModule *m, StrId scope, SrcLoc loc,
                   const char *msg)
{
    if (loc.file) {
        diag_report(diag, level, loc, "%s", msg);
    } else if (loc.line) {
        diag_global(diag, level, "in @%s at %u:%u: %s", ir_str(m, scope), loc.line, loc.col, msg);
    } else {
        diag_global(diag, level, "in @%s: %s", ir_str(m, scope), msg);
    }
}

void pass_report(DiagEngine *diag, const IrModule *m, const IrFunc *f, SrcLoc loc, const char *msg)
{
    report(diag, DIAG_ERROR, m, f->name, loc, msg);
}

void pass_describe_value(const IrModule *m, const IrFunc *f, uint32_t v, StrBuf *out)
{
    StrId name = f->values.data[v].name;
    if (ir_valid(name.id)) sb_printf(out, "'%s'", ir_str(m, name));
    else sb_puts(out, "the value");
}

/* The checks run once the fixpoint is reached but before list sites are
 * resolved to IR types, so that a list nothing was ever stored into (its
 * elements ⊥) still fits every list annotation. */
typedef struct Checker {
    IrModule *m;
    PassTypes *t;
    DiagEngine *diag;
    Sites *sites;            /* NULL: lists are object */
    uint32_t errors;
} Checker;

/* The IR type a lattice value will have (list[T] for a list site). */
static uint32_t final_of(Checker *c, uint32_t x) { return c->sites ? sites_final(c->sites, x) : x; }

/* Whether a value of lattice x can be an instance of annotation want (an
 * annotation type, ir.h): false only for a certain contradiction.  ⊥
 * (nothing produced) and object (decided at run time) fit anything, and
 * object in want stands for anything; a scalar fits only itself, as in the
 * typed slots (an int is no float: CPython would keep the int). */
static bool fits(Checker *c, uint32_t x, TypeId want)
{
    IrModule *m = c->m;
    if (c->sites) x = sites_canon(c->sites, x);
    if (x == BOT || x == IR_TYPE_OBJECT || want.id == IR_TYPE_OBJECT || is_var(m, want)) return true;
    TypeKind wk = ir_type_kind(m, want);
    uint32_t nw = ir_type_nparams(m, want);
    if (wk == TY_OPTIONAL || wk == TY_UNION) {
        if (wk == TY_OPTIONAL && x == IR_TYPE_NONE) return true;
        for (uint32_t k = 0; k < nw; k++)
            if (fits(c, x, ir_type_param(m, want, k))) return true;
        return false;
    }
    uint32_t elem;
    if (c->sites && sites_list_elem(c->sites, x, &elem))
        return wk == TY_LIST && fits(c, elem, ir_type_param(m, want, 0));
    uint32_t key, val;
    if (c->sites && sites_dict_kv(c->sites, x, &key, &val))
        return wk == TY_DICT && fits(c, key, ir_type_param(m, want, 0)) && fits(c, val, ir_type_param(m, want, 1));
    if (c->sites && sites_set_elem(c->sites, x, &elem))
        return wk == TY_SET && fits(c, elem, ir_type_param(m, want, 0));
    TypeId have = {final_of(c, x)};
    uint32_t nh = ir_type_nparams(m, have);
    if (wk == TY_VARTUPLE) {
        if (ir_type_kind(m, have) != TY_TUPLE) return false;
        for (uint32_t k = 0; k < nh; k++)
            if (!fits(c, ir_type_param(m, have, k).id, ir_type_param(m, want, 0))) return false;
        return true;
    }
    if (nw == 0 || ir_type_kind(m, have) != wk || nh != nw) return have.id == want.id;
    for (uint32_t k = 0; k < nw; k++)
        if (!fits(c, ir_type_param(m, have, k).id, ir_type_param(m, want, k))) return false;
    return true;
}

/* Whether value v of f may flow into a slot of IR type slot with
 * annotation ann (NULL: none).  A typed slot takes its type exactly (a
 * value of a fixed type was verified already); a `?` slot only has to fit
 * its annotation. */
static bool flow_ok(Checker *c, const IrFunc *f, uint32_t fi, uint32_t v, TypeId slot, const IrAnnot *ann)
{
    uint32_t x = c->t->val[fi][v];
    if (!is_var(c->m, slot)) return !is_var(c->m, f->values.data[v].type) || leq(c->m, final_of(c, x), slot.id);
    return !ann || fits(c, x, ann->type);
}

/* An annotation and, for messages, where it is: the function or global
 * it belongs to (scope) and how to name it in the note ("<what>'<name>'",
 * or the return type when it has no name). */
typedef struct AnnotAt {
    const IrAnnot *annot;    /* NULL: none */
    StrId scope;
    const char *what;        /* "parameter " or "" */
} AnnotAt;

/* Value v of f (at instruction i) flows into a slot named where: reports a
 * contradiction at i, with a note at the annotation, if any. */
static void check_flow(Checker *c, uint32_t fi, InstId i, uint32_t v, TypeId slot, AnnotAt at, const char *where)
{
    const IrAnnot *ann = at.annot;
    IrFunc *f = &c->m->funcs.data[fi];
    if (flow_ok(c, f, fi, v, slot, ann)) return;
    uint32_t x = c->t->val[fi][v];
    StrBuf msg;
    sb_init(&msg);
    pass_describe_value(c->m, f, v, &msg);
    sb_puts(&msg, " is ");
    if (final_of(c, x) == IR_TYPE_OBJECT && c->t->why[fi][2 * v] != BOT) {
        pass_type_phrase(c->m, final_of(c, c->t->why[fi][2 * v]), &msg);
        sb_puts(&msg, " or ");
        pass_type_phrase(c->m, final_of(c, c->t->why[fi][2 * v + 1]), &msg);
    } else {
        pass_type_phrase(c->m, final_of(c, x), &msg);
    }
    sb_printf(&msg, " here, but %s is annotated ", where);
    ir_type_print(c->m, is_var(c->m, slot) ? ann->type : slot, &msg);
    report(c->diag, DIAG_ERROR, c->m, f->name, f->locs.data[i.id], msg.data);
    if (ann && ann->loc.line) {
        msg.len = 0;
        if (ir_valid(ann->name.id)) sb_printf(&msg, "%s'%s' is declared here", at.what, ir_str(c->m, ann->name));
        else sb_puts(&msg, "the return type is declared here");
        report(c->diag, DIAG_NOTE, c->m, at.scope, ann->loc, msg.data);
    }
    sb_free(&msg);
    c->errors++;
}

static void check_func(Checker *c, uint32_t fi)
{
    IrModule *m = c->m;
    IrFunc *f = &m->funcs.data[fi];
    TypeId unknown = {IR_TYPE_UNKNOWN};
    AnnotAt none = {NULL, f->name, ""};
    StrBuf where;
    sb_init(&where);
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId i = blk->insts.data[k];
            IrOp op = (IrOp)f->insts.data[i.id].op;
            uint64_t imm = f->imms.data[i.id];
            const uint32_t *args = ir_inst_args(f, i);
            uint32_t n = ir_inst_nargs(f, i);
            if (op == IR_CALL) {
                IrFunc *callee = &m->funcs.data[imm];
                for (uint32_t a = 0; a < n; a++) {
                    where.len = 0;
                    sb_printf(&where, "parameter %u of @%.*s", a + 1, (int)ir_func_py_name_len(m, callee),
                              ir_str(m, callee->name));
                    AnnotAt at = {ir_func_annot(callee, a), callee->name, "parameter "};
                    check_flow(c, fi, i, args[a], ir_type_param(m, callee->type, a), at, where.data);
                }
            } else if (op == IR_GLOBAL_SET) {
                IrGlobal *g = &m->globals.data[imm];
                where.len = 0;
                sb_printf(&where, "@%s", ir_str(m, g->name));
                AnnotAt at = {ir_valid(g->annot.type.id) ? &g->annot : NULL, g->name, ""};
                check_flow(c, fi, i, args[0], g->type, at, where.data);
            } else if (op == IR_RET) {
                where.len = 0;
                sb_printf(&where, "the return type of @%.*s", (int)ir_func_py_name_len(m, f), ir_str(m, f->name));
                AnnotAt at = {ir_func_annot(f, ir_type_nparams(m, f->type) - 1), f->name, ""};
                check_flow(c, fi, i, ir_term_operand(f, i).id, ir_func_ret_type(m, f->type), at, where.data);
            } else if (op == IR_ANNOT_CHECK) {
                const IrAnnot *ann = ir_func_annot(f, (uint32_t)imm);
                if (!ann) continue;              /* the verifier reports it */
                where.len = 0;
                sb_printf(&where, "'%s'", ir_valid(ann->name.id) ? ir_str(m, ann->name) : "the variable");
                check_flow(c, fi, i, args[0], unknown, (AnnotAt){ann, f->name, ""}, where.data);
            } else if (op == IR_CONDBR) {
                check_flow(c, fi, i, ir_term_operand(f, i).id, (TypeId){IR_TYPE_BOOL}, none, "a branch condition");
            } else if (op == IR_PRINT && n >= 2) {
                check_flow(c, fi, i, args[n - 2], (TypeId){IR_TYPE_STR}, none, "print's sep");
                check_flow(c, fi, i, args[n - 1], (TypeId){IR_TYPE_STR}, none, "print's end");
            }
            for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
                IrEdge e = ir_term_succ(f, i, s);
                IrBlock *target = &f->blocks.data[e.target.id];
                for (uint32_t a = 0; a < e.nargs && a < target->params.len; a++) {
                    uint32_t p = target->params.data[a].id;
                    where.len = 0;
                    pass_describe_value(m, f, p, &where);
                    sb_printf(&where, " (parameter %u of block%u)", a + 1, e.target.id);
                    check_flow(c, fi, i, e.args[a], f->values.data[p].type, none, where.data);
                }
            }
        }
    }
    sb_free(&where);
}

/* ---- the analysis ---------------------------------------------------------------- */

/* A -Wdynamic witness as pass_type_phrase can print it: a list or an
 * iterator site stays one ("a list"); a tuple holding one becomes its IR
 * type. */
static uint32_t final_why(Infer *in, uint32_t x)
{
    return x != BOT && (x & (SITE_LREF | SITE_IREF)) ? x : sites_final(in->sites, x);
}

/* Every list site's final element type is known: lattice values become
 * the IR types list[T] / iter[T] (or object). */
static void finalize_sites(Infer *in)
{
    PassTypes *t = in->t;
    t->escaped_at = xcalloc(t->nfuncs ? t->nfuncs : 1, sizeof *t->escaped_at);
    for (uint32_t fi = 0; fi < t->nfuncs; fi++) {
        const IrFunc *f = &in->m->funcs.data[fi];
        t->escaped_at[fi] = xcalloc(f->insts.len ? f->insts.len : 1, sizeof **t->escaped_at);
        for (uint32_t i = 0; i < f->insts.len; i++) {
            uint32_t at_fi;
            InstId at;
            if (sites_escaped_at(in->sites, fi, (InstId){i}, &at_fi, &at))
                t->escaped_at[fi][i] = 1 + ((uint64_t)at_fi << 32 | at.id);
        }
    }
    for (uint32_t fi = 0; fi < t->nfuncs; fi++) {
        for (uint32_t v = 0; v < in->m->funcs.data[fi].values.len; v++) {
            t->val[fi][v] = sites_final(in->sites, t->val[fi][v]);
            t->why[fi][2 * v] = final_why(in, t->why[fi][2 * v]);
            t->why[fi][2 * v + 1] = final_why(in, t->why[fi][2 * v + 1]);
        }
        t->ret[fi] = sites_final(in->sites, t->ret[fi]);
        t->ret_why[2 * fi] = final_why(in, t->ret_why[2 * fi]);
        t->ret_why[2 * fi + 1] = final_why(in, t->ret_why[2 * fi + 1]);
    }
    for (uint32_t g = 0; g < t->nglobals; g++) {
        t->gval[g] = sites_final(in->sites, t->gval[g]);
        t->gwhy[2 * g] = final_why(in, t->gwhy[2 * g]);
        t->gwhy[2 * g + 1] = final_why(in, t->gwhy[2 * g + 1]);
    }
}

PassTypes *pass_types_infer(IrModule *m, DiagEngine *diag, uint32_t *errors, bool typed_lists)
{
    uint32_t nf = m->funcs.len;
    PassTypes *t = xcalloc(1, sizeof *t);
    t->nfuncs = nf;
    t->val = xcalloc(nf ? nf : 1, sizeof *t->val);
    t->why = xcalloc(nf ? nf : 1, sizeof *t->why);
    t->ret = xcalloc(nf ? nf : 1, sizeof *t->ret);
    t->ret_why = xcalloc(nf ? 2 * nf : 1, sizeof *t->ret_why);
    uint32_t ng = m->globals.len;
    t->nglobals = ng;
    t->gval = xmalloc(sizeof *t->gval * (ng ? ng : 1));
    t->gwhy = xmalloc(sizeof *t->gwhy * (ng ? 2 * ng : 1));
    for (uint32_t g = 0; g < ng; g++) {
        t->gval[g] = is_var(m, m->globals.data[g].type) ? BOT : m->globals.data[g].type.id;
        t->gwhy[2 * g] = t->gwhy[2 * g + 1] = BOT;
    }
    Infer in = {m, t, {0}, xcalloc(nf ? nf : 1, sizeof(bool)), xcalloc(nf ? nf : 1, sizeof *in.callers),
                xcalloc(ng ? ng : 1, sizeof *in.readers), typed_lists ? sites_new(m) : NULL};
    for (uint32_t fi = 0; fi < nf; fi++) {
        IrFunc *f = &m->funcs.data[fi];
        uint32_t nv = f->values.len;
        t->val[fi] = xmalloc(sizeof(uint32_t) * (nv ? nv : 1));
        t->why[fi] = xmalloc(sizeof(uint32_t) * (nv ? 2 * nv : 1));
        for (uint32_t v = 0; v < nv; v++) {
            TypeId ty = f->values.data[v].type;
            t->val[fi][v] = is_var(m, ty) ? BOT : ty.id;
            t->why[fi][2 * v] = t->why[fi][2 * v + 1] = BOT;
        }
        TypeId rt = ir_func_ret_type(m, f->type);
        t->ret[fi] = is_var(m, rt) ? BOT : rt.id;
        t->ret_why[2 * fi] = t->ret_why[2 * fi + 1] = BOT;
        for (uint32_t b = 0; b < f->blocks.len; b++) {
            IrBlock *blk = &f->blocks.data[b];
            for (uint32_t k = 0; k < blk->insts.len; k++) {
                InstId i = blk->insts.data[k];
                if (f->insts.data[i.id].op == IR_CALL) vec_push(&in.callers[f->imms.data[i.id]], fi);
                if (f->insts.data[i.id].op == IR_GLOBAL_GET) vec_push(&in.readers[f->imms.data[i.id]], fi);
            }
        }
    }
    /* The module's entry first (the root); every other function too, so a
     * function nobody calls is still analysed (its `?` parameters stay ⊥). */
    /* A round ends when the worklist is empty; list sites change the
     * element types every reader sees, so rounds repeat until one leaves
     * every site as it was. */
    for (;;) {
        uint64_t epoch = in.sites ? sites_epoch(in.sites) : 0;
        if (ir_valid(m->entry.id) && m->entry.id < nf) push(&in, m->entry.id);
        for (uint32_t fi = 0; fi < nf; fi++) push(&in, fi);
        for (uint32_t head = 0; head < in.work.len; head++) {
            uint32_t fi = in.work.data[head];
            in.queued[fi] = false;
            while (sweep(&in, fi)) {}
        }
        in.work.len = 0;
        if (!in.sites || sites_epoch(in.sites) == epoch) break;
    }
    Checker c = {m, t, diag, in.sites, 0};
    for (uint32_t fi = 0; diag && fi < nf; fi++) check_func(&c, fi);
    if (errors) *errors = c.errors;
    if (in.sites) {
        finalize_sites(&in);
        sites_free(in.sites);
    }
    for (uint32_t fi = 0; fi < nf; fi++) vec_free(&in.callers[fi]);
    for (uint32_t g = 0; g < ng; g++) vec_free(&in.readers[g]);
    free(in.callers);
    free(in.readers);
    free(in.queued);
    vec_free(&in.work);
    return t;
}

void pass_types_free(PassTypes *t)
{
    if (!t) return;
    for (uint32_t fi = 0; fi < t->nfuncs; fi++) {
        free(t->val[fi]);
        free(t->why[fi]);
        if (t->escaped_at) free(t->escaped_at[fi]);
    }
    free(t->escaped_at);
    free(t->val);
    free(t->why);
    free(t->ret);
    free(t->ret_why);
    free(t->gval);
    free(t->gwhy);
    free(t);
}

uint32_t pass_types_value(const PassTypes *t, FuncId f, ValueId v) { return t->val[f.id][v.id]; }
uint32_t pass_types_return(const PassTypes *t, FuncId f) { return t->ret[f.id]; }
uint32_t pass_types_global(const PassTypes *t, GlobalId g) { return t->gval[g.id]; }

void pass_types_return_why(const PassTypes *t, FuncId f, uint32_t *a, uint32_t *b)
{
    *a = t->ret_why[2 * f.id];
    *b = t->ret_why[2 * f.id + 1];
}

bool pass_types_escaped_at(const PassTypes *t, FuncId f, InstId i, FuncId *at_f, InstId *at)
{
    if (!t->escaped_at || !t->escaped_at[f.id][i.id]) return false;
    uint64_t x = t->escaped_at[f.id][i.id] - 1;
    at_f->id = (uint32_t)(x >> 32);
    at->id = (uint32_t)x;
    return true;
}

void pass_types_why(const PassTypes *t, FuncId f, ValueId v, uint32_t *a, uint32_t *b)
{
    *a = t->why[f.id][2 * v.id];
    *b = t->why[f.id][2 * v.id + 1];
}

bool pass_typeinfer(PassContext *cx)
{
    uint32_t errors = 0;
    pass_types_free(cx->types);
    cx->types = pass_types_infer(cx->m, cx->diag, &errors, cx->typed_lists);
    return errors == 0;
}
