/* ssa.c — CFG bookkeeping and SSA construction for the lowering.
 * Braun et al. 2013, "Simple and Efficient Construction of SSA Form": a
 * variable read walks back through predecessors; a block with several of
 * them gets a parameter (a phi), an unsealed loop header an incomplete one
 * filled when the header is sealed; trivial parameters are removed.  The
 * function entry holds the "undefined" marker, so a read that can reach it
 * is a maybe-unbound name.  Deviation from the paper: a parameter's type is
 * that of its first operand (the loop-entry edge for a header), so it can be
 * created before its other operands exist; an operand of another type is a
 * union, which is reported.  Terminators are recorded in LBlock and built
 * by ssa_finish(), when every block's parameters are final. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

static LBlock *lblock(Lower *L, uint32_t b) { return &L->blocks.data[b]; }

static uint32_t resolve(Lower *L, uint32_t v)
{
    uint32_t r = v;
    while (r < L->fwd.len && L->fwd.data[r] != IR_NONE_ID) r = L->fwd.data[r];
    while (v < L->fwd.len && L->fwd.data[v] != IR_NONE_ID) {   /* path compression */
        uint32_t next = L->fwd.data[v];
        L->fwd.data[v] = r;
        v = next;
    }
    return r;
}

static void set_fwd(Lower *L, uint32_t from, uint32_t to)
{
    while (L->fwd.len <= from) vec_push(&L->fwd, IR_NONE_ID);
    L->fwd.data[from] = to;
}

static void add_lblock(Lower *L)
{
    LBlock b;
    memset(&b, 0, sizeof b);
    b.item = IR_NONE_ID;
    b.succ[0] = b.succ[1] = b.operand = IR_NONE_ID;
    vec_push(&L->blocks, b);
}

void ssa_begin(Lower *L)
{
    L->blocks.len = 0;
    add_lblock(L);                         /* the entry block, made by ir_func_new */
    L->blocks.data[0].sealed = true;
    L->cur = 0;
    ir_builder_set_block(&L->b, (BlockId){0});
}

void ssa_end(Lower *L)
{
    for (uint32_t i = 0; i < L->blocks.len; i++) {
        vec_free(&L->blocks.data[i].preds);
        vec_free(&L->blocks.data[i].incomplete);
    }
    vec_free(&L->blocks);
    for (uint32_t i = 0; i < L->phis.len; i++) vec_free(&L->phis.data[i].ops);
    vec_free(&L->phis);
    lower_imap_free(&L->defs);
    lower_imap_free(&L->phi_of);
    vec_free(&L->fwd);
    vec_free(&L->vloc);
}

uint32_t ssa_block_new(Lower *L)
{
    BlockId b = ir_block_new(&L->b);
    add_lblock(L);
    return b.id;
}

ValueId ssa_block_param(Lower *L, uint32_t blk, TypeId t, StrId name)
{
    lblock(L, blk)->nexplicit++;
    return ir_block_add_param(&L->b, (BlockId){blk}, t, name);
}

void ssa_start(Lower *L, uint32_t blk, bool seal)
{
    L->cur = blk;
    ir_builder_set_block(&L->b, (BlockId){blk});
    if (seal) ssa_seal(L, blk);
}

static void add_pred(Lower *L, uint32_t to, const ValueId *args, uint32_t n)
{
    LPred p = {.from = L->cur, .nargs = n, .args = NULL};
    if (n) {
        p.args = arena_alloc(&L->arena, sizeof *args * n);
        memcpy(p.args, args, sizeof *args * n);
    }
    vec_push(&lblock(L, to)->preds, p);
}

static void set_term(Lower *L, uint8_t kind, uint32_t operand, uint32_t s0, uint32_t s1)
{
    LBlock *b = lblock(L, L->cur);
    b->term = kind;
    b->operand = operand;
    b->succ[0] = s0;
    b->succ[1] = s1;
    b->loc = L->b.loc;
    L->cur = IR_NONE_ID;
}

void ssa_goto(Lower *L, uint32_t blk, const ValueId *args, uint32_t n)
{
    if (!ssa_live(L)) return;
    add_pred(L, blk, args, n);
    set_term(L, LT_BR, IR_NONE_ID, blk, IR_NONE_ID);
}

void ssa_condbr_args(Lower *L, ValueId cond, uint32_t t, const ValueId *targs, uint32_t nt,
                     uint32_t f, const ValueId *fargs, uint32_t nf)
{
    if (!ssa_live(L)) return;
    if (t == f) {                        /* never built with arguments */
        ssa_goto(L, t, NULL, 0);
        return;
    }
    add_pred(L, t, targs, nt);
    add_pred(L, f, fargs, nf);
    set_term(L, LT_CONDBR, cond.id, t, f);
}

void ssa_condbr(Lower *L, ValueId cond, uint32_t t, uint32_t f)
{
    ssa_condbr_args(L, cond, t, NULL, 0, f, NULL, 0);
}

void ssa_iter_next(Lower *L, ValueId it, uint32_t body, uint32_t exit)
{
    if (!ssa_live(L)) return;
    add_pred(L, body, NULL, 0);
    add_pred(L, exit, NULL, 0);
    set_term(L, LT_ITER, it.id, body, exit);
}

void ssa_ret(Lower *L, ValueId v, SrcLoc loc)
{
    if (!ssa_live(L)) return;
    L->b.loc = loc;
    set_term(L, LT_RET, v.id, IR_NONE_ID, IR_NONE_ID);
}

void ssa_unreachable(Lower *L)
{
    if (!ssa_live(L)) return;
    set_term(L, LT_NONE, IR_NONE_ID, IR_NONE_ID, IR_NONE_ID);
}

uint32_t ssa_label_block(Lower *L, Label *lb)
{
    if (lb->blk == IR_NONE_ID) lb->blk = ssa_block_new(L);
    return lb->blk;
}

void ssa_jump(Lower *L, Label *lb)
{
    if (!ssa_live(L)) return;
    ssa_goto(L, ssa_label_block(L, lb), NULL, 0);
}

void ssa_branch(Lower *L, ValueId cond, Label *t, Label *f)
{
    if (!ssa_live(L)) return;
    uint32_t tb = ssa_label_block(L, t);
    ssa_condbr(L, cond, tb, ssa_label_block(L, f));
}

void ssa_bind(Lower *L, Label *lb)
{
    if (lb->blk == IR_NONE_ID || lblock(L, lb->blk)->preds.len == 0) {
        L->cur = IR_NONE_ID;
        return;
    }
    ssa_start(L, lb->blk, true);
}

/* ---- variables ------------------------------------------------------------- */

static uint64_t def_key(uint32_t var, uint32_t blk) { return (uint64_t)var << 32 | blk; }

void ssa_write(Lower *L, uint32_t var, ValueId v, SrcLoc loc)
{
    if (!ssa_live(L)) return;
    lower_imap_put(&L->defs, def_key(var, L->cur), v.id);
    if (lv_bad(v)) return;
    while (L->vloc.len <= v.id) vec_push(&L->vloc, ((SrcLoc){0, 0, 0}));
    if (L->vloc.data[v.id].line == 0) L->vloc.data[v.id] = loc;
}

static TypeId vtype(Lower *L, uint32_t v) { return lower_vtype(L, (ValueId){v}); }

static uint32_t new_phi(Lower *L, uint32_t var, uint32_t blk, TypeId t, SrcLoc loc)
{
    if (L->vars.data[var].dynamic) t = ir_type(IR_TYPE_UNKNOWN);   /* joins of several types */
    ValueId v = ir_block_add_param(&L->b, (BlockId){blk}, t, L->vars.data[var].sname);
    LPhi phi;
    memset(&phi, 0, sizeof phi);
    phi.var = var;
    phi.block = blk;
    phi.value = v.id;
    phi.loc = loc;
    vec_push(&L->phis, phi);
    lower_imap_put(&L->phi_of, v.id, L->phis.len - 1);
    return L->phis.len - 1;
}

static void drop_param(Lower *L, uint32_t blk, uint32_t value)
{
    IrBlock *ib = ir_block(lower_irfn(L), (BlockId){blk});
    for (uint32_t i = 0; i < ib->params.len; i++) {
        if (ib->params.data[i].id != value) continue;
        memmove(&ib->params.data[i], &ib->params.data[i + 1],
                sizeof *ib->params.data * (ib->params.len - i - 1));
        ib->params.len--;
        return;
    }
}

/* Replaces phi by its one distinct operand when it has just one (itself
 * aside); returns the value that now stands for it. */
static uint32_t try_trivial(Lower *L, uint32_t pi)
{
    LPhi *phi = &L->phis.data[pi];
    uint32_t same = IR_NONE_ID;
    for (uint32_t i = 0; i < phi->ops.len; i++) {
        uint32_t op = resolve(L, phi->ops.data[i]);
        if (op == same || op == phi->value) continue;
        if (same != IR_NONE_ID) return phi->value;
        same = op;
    }
    if (same == IR_NONE_ID) return phi->value;
    phi->dead = true;
    set_fwd(L, phi->value, same);
    drop_param(L, phi->block, phi->value);
    return same;
}

/* Notes at the first binding of each of the two clashing types. */
typedef struct LeafFind {
    TypeId want;
    SrcLoc loc;
} LeafFind;

static void find_leaf(Lower *L, uint32_t v, LeafFind *lf)
{
    VEC(uint32_t) work = {0};
    LIntMap seen = {0};
    vec_push(&work, v);
    while (work.len && lf->loc.line == 0) {
        uint32_t x = resolve(L, vec_pop(&work));
        if (x >= LV_POISON || lower_imap_get(&seen, x) != IR_NONE_ID) continue;
        lower_imap_put(&seen, x, 1);
        uint32_t pi = lower_imap_get(&L->phi_of, x);
        if (pi != IR_NONE_ID) {
            for (uint32_t i = L->phis.data[pi].ops.len; i-- > 0;)
                vec_push(&work, L->phis.data[pi].ops.data[i]);
            continue;
        }
        if (vtype(L, x).id == lf->want.id && x < L->vloc.len && L->vloc.data[x].line)
            lf->loc = L->vloc.data[x];
    }
    vec_free(&work);
    lower_imap_free(&seen);
}

/* Values of two types meet at a join: the variable becomes dynamic (`?`
 * joins) in the next attempt; reported only if that did not help. */
static void report_union(Lower *L, uint32_t var, SrcLoc loc, uint32_t a, uint32_t b)
{
    LVar *lv = &L->vars.data[var];
    if (lower_hint_var(L, var) && L->quiet) return;
    if (lv->reported) return;
    lv->reported = true;
    TypeId ta = vtype(L, a), tb = vtype(L, b);
    lower_error(L, loc, "unsupported: '%s' may hold %s or %s here", lv->name,
                lower_type_an(L, ta), lower_type_an(L, tb));
    LeafFind fa = {ta, {0, 0, 0}}, fb = {tb, {0, 0, 0}};
    find_leaf(L, a, &fa);
    find_leaf(L, b, &fb);
    if (fa.loc.line) lower_note(L, fa.loc, "'%s' is bound to %s here", lv->name, lower_type_an(L, ta));
    if (fb.loc.line) lower_note(L, fb.loc, "'%s' is bound to %s here", lv->name, lower_type_an(L, tb));
}

static void report_unbound(Lower *L, uint32_t var, SrcLoc loc)
{
    LVar *lv = &L->vars.data[var];
    if (lv->reported) return;
    lv->reported = true;
    lower_error(L, loc, "unsupported: '%s' might be unbound here", lv->name);
}

/* Adds operand r to phi pi; false when it is unusable (reported). */
static bool phi_add(Lower *L, uint32_t pi, uint32_t r)
{
    LPhi *phi = &L->phis.data[pi];
    if (r >= LV_POISON) {
        phi->dead = true;
        return false;
    }
    TypeId t = vtype(L, phi->value), tr = vtype(L, r);
    /* a `?` join takes anything (typeinfer joins the types) */
    if (tr.id != t.id && !lower_unknown(t)) {
        report_union(L, phi->var, phi->loc, phi->ops.data[0], r);
        phi->dead = true;
        return false;
    }
    vec_push(&phi->ops, r);
    return true;
}

/* The type of the first binding of var found walking back from the loop
 * header's back edges (without passing the header), if any. */
static bool loop_binding_type(Lower *L, uint32_t var, uint32_t header, TypeId *out)
{
    VEC(uint32_t) work = {0};
    LIntMap seen = {0};
    LBlock *h = lblock(L, header);
    for (uint32_t i = 1; i < h->preds.len; i++) vec_push(&work, h->preds.data[i].from);
    bool found = false;
    while (work.len && !found) {
        uint32_t blk = vec_pop(&work);
        if (blk == header || lower_imap_get(&seen, blk) != IR_NONE_ID) continue;
        lower_imap_put(&seen, blk, 1);
        uint32_t d = lower_imap_get(&L->defs, def_key(var, blk));
        if (d != IR_NONE_ID && d < LV_POISON) {
            *out = vtype(L, resolve(L, d));
            found = true;
        } else if (d == IR_NONE_ID) {
            LBlock *b = lblock(L, blk);
            for (uint32_t i = 0; i < b->preds.len; i++) vec_push(&work, b->preds.data[i].from);
        }
    }
    vec_free(&work);
    lower_imap_free(&seen);
    return found;
}

/* A value of type t that is never observed, built at the end of blk. */
static uint32_t placeholder(Lower *L, uint32_t blk, TypeId t)
{
    IrBuilder saved = L->b;
    ir_builder_set_block(&L->b, (BlockId){blk});
    ValueId v = {LV_UNDEF};
    switch (ir_type_kind(L->m, t)) {
    case TY_INT: v = ir_const_int(&L->b, 0); break;
    case TY_FLOAT: v = ir_const_float(&L->b, 0.0); break;
    case TY_BOOL: v = ir_const_bool(&L->b, false); break;
    case TY_STR: v = ir_const_str(&L->b, "", 0); break;
    case TY_NONE: case TY_UNKNOWN: v = ir_const_none(&L->b); break;
    case TY_TUPLE: {
        uint32_t n = ir_type_nparams(L->m, t);
        VEC(ValueId) el = {0};
        bool ok = true;
        for (uint32_t i = 0; i < n && ok; i++) {
            ValueId x = {placeholder(L, blk, ir_type_param(L->m, t, i))};
            ok = !lv_bad(x);
            vec_push(&el, x);
        }
        if (ok) v = ir_tuple_new(&L->b, el.data, n);
        vec_free(&el);
        break;
    }
    default: break;
    }
    L->b = saved;
    return v.id;
}

/* A variable unbound on entry to a loop that surely runs once, read after
 * it: the entry edge never reaches the exit, so it passes a placeholder of
 * the type the loop binds (LV_UNDEF if the loop binds none). */
static uint32_t entry_placeholder(Lower *L, uint32_t var, uint32_t header)
{
    TypeId t;
    if (!loop_binding_type(L, var, header, &t)) return LV_UNDEF;
    return placeholder(L, lblock(L, header)->preds.data[0].from, t);
}

enum { RF_START, RF_SINGLE, RF_UNSEALED, RF_MULTI };
typedef struct RFrame {
    uint32_t blk, state, phi, i;
} RFrame;

/* readVariable of the paper with an explicit stack (a long chain of joins
 * must not exhaust the C stack).  Returns a value, LV_UNDEF or LV_POISON. */
static uint32_t read_at(Lower *L, uint32_t var, uint32_t blk, SrcLoc loc)
{
    VEC(RFrame) st = {0};
    vec_push(&st, ((RFrame){blk, RF_START, IR_NONE_ID, 0}));
    uint32_t r = 0;
    bool have = false;
    while (st.len) {
        RFrame *f = &vec_last(&st);
        LBlock *b = lblock(L, f->blk);
        if (!have) {
            uint32_t d = lower_imap_get(&L->defs, def_key(var, f->blk));
            if (d != IR_NONE_ID) {
                r = d < LV_POISON ? resolve(L, d) : d;
                have = true;
                st.len--;
                continue;
            }
            uint32_t np = b->preds.len;
            if (np == 0) {
                r = LV_UNDEF;
                have = true;
                st.len--;
                continue;
            }
            f->state = !b->sealed ? RF_UNSEALED : np == 1 ? RF_SINGLE : RF_MULTI;
            f->i = 0;
            uint32_t p0 = b->preds.data[0].from;
            vec_push(&st, ((RFrame){p0, RF_START, IR_NONE_ID, 0}));
            continue;
        }
        /* deliver r, the value at the end of predecessor f->i, to frame f */
        uint32_t key_blk = f->blk;
        if (f->state == RF_SINGLE) {
            lower_imap_put(&L->defs, def_key(var, key_blk), r);
            st.len--;
            continue;
        }
        if (f->state == RF_UNSEALED) {
            if (r < LV_POISON) {
                uint32_t pi = new_phi(L, var, key_blk, vtype(L, r), loc);
                vec_push(&L->phis.data[pi].ops, r);
                vec_push(&lblock(L, key_blk)->incomplete, pi);
                r = L->phis.data[pi].value;
            }
            lower_imap_put(&L->defs, def_key(var, key_blk), r);
            st.len--;
            continue;
        }
        /* RF_MULTI */
        if (f->i == 0) {
            if (r == LV_UNDEF && b->nonempty_loop) r = entry_placeholder(L, var, f->blk);
            if (r >= LV_POISON) {
                lower_imap_put(&L->defs, def_key(var, key_blk), r);
                st.len--;
                continue;
            }
            f->phi = new_phi(L, var, key_blk, vtype(L, r), loc);
            vec_push(&L->phis.data[f->phi].ops, r);
            lower_imap_put(&L->defs, def_key(var, key_blk), L->phis.data[f->phi].value);
        } else if (!phi_add(L, f->phi, r)) {
            r = r == LV_UNDEF ? LV_UNDEF : LV_POISON;
            lower_imap_put(&L->defs, def_key(var, key_blk), r);
            st.len--;
            continue;
        }
        f->i++;
        if (f->i < b->preds.len) {
            have = false;
            uint32_t p = b->preds.data[f->i].from;
            vec_push(&st, ((RFrame){p, RF_START, IR_NONE_ID, 0}));
            continue;
        }
        r = try_trivial(L, f->phi);
        lower_imap_put(&L->defs, def_key(var, key_blk), r);
        st.len--;
    }
    vec_free(&st);
    return r;
}

ValueId ssa_read(Lower *L, uint32_t var, SrcLoc loc)
{
    if (!ssa_live(L)) return lv_poison();
    uint32_t r = read_at(L, var, L->cur, loc);
    if (r == LV_UNDEF) {
        report_unbound(L, var, loc);
        lower_imap_put(&L->defs, def_key(var, L->cur), LV_POISON);
        return lv_poison();
    }
    return (ValueId){r};
}

void ssa_seal(Lower *L, uint32_t blk)
{
    LBlock *b = lblock(L, blk);
    if (b->sealed) return;
    b->sealed = true;
    for (uint32_t k = 0; k < lblock(L, blk)->incomplete.len; k++) {
        uint32_t pi = lblock(L, blk)->incomplete.data[k];
        for (uint32_t i = 1; i < lblock(L, blk)->preds.len; i++) {
            LPhi *phi = &L->phis.data[pi];
            uint32_t r = read_at(L, phi->var, lblock(L, blk)->preds.data[i].from, phi->loc);
            if (r == LV_UNDEF) report_unbound(L, phi->var, phi->loc);
            if (!phi_add(L, pi, r)) break;
        }
        if (!L->phis.data[pi].dead) try_trivial(L, pi);
    }
    vec_free(&lblock(L, blk)->incomplete);
}

/* ---- finishing: parameters final, operands rewritten, terminators built ----- */

static uint32_t pred_index(Lower *L, uint32_t to, uint32_t from)
{
    LBlock *t = lblock(L, to);
    for (uint32_t j = 0; j < t->preds.len; j++)
        if (t->preds.data[j].from == from) return j;
    return IR_NONE_ID;
}

/* The arguments of edge from -> to: explicit ones, then one per phi. */
static void edge_args(Lower *L, uint32_t from, uint32_t to, ValVec *out)
{
    out->len = 0;
    uint32_t j = pred_index(L, to, from);
    LBlock *t = lblock(L, to);
    LPred *p = &t->preds.data[j];
    for (uint32_t i = 0; i < p->nargs; i++) vec_push(out, ((ValueId){resolve(L, p->args[i].id)}));
    IrBlock *ib = ir_block(lower_irfn(L), (BlockId){to});
    for (uint32_t i = t->nexplicit; i < ib->params.len; i++) {
        uint32_t pv = ib->params.data[i].id;
        if (pv == t->item) continue;
        uint32_t pi = lower_imap_get(&L->phi_of, pv);
        vec_push(out, ((ValueId){resolve(L, L->phis.data[pi].ops.data[j])}));
    }
}

static void rewrite_operands(Lower *L)
{
    IrFunc *f = lower_irfn(L);
    for (uint32_t i = 0; i < f->insts.len; i++) {
        IrInst *in = &f->insts.data[i];
        int n = ir_op_nargs((IrOp)in->op);
        if (n == IR_VARIADIC || n > 2) {
            for (uint32_t k = 0; k < in->args[1]; k++)
                f->extra.data[in->args[0] + k] = resolve(L, f->extra.data[in->args[0] + k]);
        } else {
            for (int k = 0; k < n; k++) in->args[k] = resolve(L, in->args[k]);
        }
    }
}

bool ssa_finish(Lower *L)
{
    for (uint32_t b = 0; b < L->blocks.len; b++) ssa_seal(L, b);
    /* After any error the module is discarded, and poison may have come
     * from another function (a global whose type failed): build nothing. */
    if (L->nerrors) return false;
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 0; i < L->phis.len; i++)
            if (!L->phis.data[i].dead && try_trivial(L, i) != L->phis.data[i].value) changed = true;
    }
    rewrite_operands(L);
    ValVec a0 = {0}, a1 = {0};
    for (uint32_t b = 0; b < L->blocks.len; b++) {
        LBlock *lb = lblock(L, b);
        ir_builder_set_block(&L->b, (BlockId){b});
        L->b.loc = lb->loc;
        switch (lb->term) {
        case LT_BR:
            edge_args(L, b, lb->succ[0], &a0);
            ir_br(&L->b, (BlockId){lb->succ[0]}, a0.data, a0.len);
            break;
        case LT_CONDBR:
        case LT_ITER:
            edge_args(L, b, lb->succ[0], &a0);
            edge_args(L, b, lb->succ[1], &a1);
            if (lb->term == LT_CONDBR)
                ir_condbr(&L->b, (ValueId){resolve(L, lb->operand)}, (BlockId){lb->succ[0]},
                          a0.data, a0.len, (BlockId){lb->succ[1]}, a1.data, a1.len);
            else
                ir_iter_next(&L->b, (ValueId){resolve(L, lb->operand)}, (BlockId){lb->succ[0]},
                             a0.data, a0.len, (BlockId){lb->succ[1]}, a1.data, a1.len);
            break;
        case LT_RET:
            ir_ret(&L->b, (ValueId){resolve(L, lb->operand)});
            break;
        default:
            ir_unreachable(&L->b);
            break;
        }
    }
    vec_free(&a0);
    vec_free(&a1);
    return true;
}
