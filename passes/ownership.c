/* ownership.c — owned or shared, per list and per dict (GUIDE §4).  A typed
 * list[T] is a py::List<T> in Rust, an Rc<RefCell<Vec<T>>>, and a typed
 * dict[K,V] a py::DictRef<K, V>, an Rc<RefCell<Dict<K, V>>>: always right,
 * since Python names alias.  This pass proves, per group of containers,
 * that one owner at a time is enough, and retypes the group vec[T] (a plain
 * Vec<T>) or map[K,V] (a plain py::Dict<K, V>): moved where the IR hands it
 * over (return, branch argument) and borrowed where it is passed (&[T] or
 * &Dict, &mut when the callee changes it).  Lists and dicts follow the same
 * rules; ir/ownuse.c says what each instruction does with either.
 *
 * Groups: the containers that may be one (a branch argument and the
 * parameter it feeds, a call argument and the callee's parameter, a return
 * and the call's result, `xs += ys` and xs) and the lists (or the dicts)
 * used by one instruction share a union-find class, so every instruction
 * sees one representation.  A class stays shared when any of its members
 *   - is stored anywhere the IR does not follow (a global, a tuple, `is`),
 *     or read out of one (a tuple's item),
 *   - is handed over (moved) while it is still used afterwards: two names
 *     then see one container, which is what Rc is for,
 *   - is a parameter handed over (a borrowed Vec or Dict cannot be moved),
 *   - is changed, moved or lent while an iterator or a dict view over its
 *     class lives (a Rust iterator borrows the Vec or Dict; a shared dict's
 *     iterator is what raises CPython's "changed size during iteration"),
 *   - meets another use of the same value in one instruction that Rust's
 *     borrow rules would reject (`xs.extend(xs)`, `f(xs, g(xs))` where f
 *     and g change xs); two values of a class are never one Vec at once,
 *     since moves are last uses.
 * Only the single-use, same-block operand trees the emitter may nest are
 * searched for the last rule; anything deeper is already a `let`. */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

typedef struct Own {
    IrModule *m;
    uint32_t *base;          /* per function: node of its value 0 */
    uint32_t rbase;          /* node of function fi's return value: rbase + fi */
    uint32_t gbase;          /* node of global g: gbase + g */
    uint32_t *parent;        /* union-find */
    bool *shared;            /* per node; read at the representative after find */
    bool **changed;          /* ir_changed_params: a parameter lent as &mut */
} Own;

static uint32_t find(Own *o, uint32_t x)
{
    while (o->parent[x] != x) {
        o->parent[x] = o->parent[o->parent[x]];
        x = o->parent[x];
    }
    return x;
}

static void unite(Own *o, uint32_t a, uint32_t b)
{
    a = find(o, a);
    b = find(o, b);
    if (a == b) return;
    o->parent[b] = a;
    o->shared[a] |= o->shared[b];
}

static void share(Own *o, uint32_t node) { o->shared[find(o, node)] = true; }

/* A container this pass decides for: a list or a dict, still shared. */
static bool is_tracked(const IrModule *m, const IrFunc *f, uint32_t v)
{
    if (v >= f->values.len) return false;
    TypeKind k = ir_type_kind(m, f->values.data[v].type);
    return k == TY_LIST || k == TY_DICT;
}

static bool is_dict(const IrModule *m, const IrFunc *f, uint32_t v)
{
    return ir_type_kind(m, f->values.data[v].type) == TY_DICT;
}

static uint32_t node(const Own *o, uint32_t fi, uint32_t v) { return o->base[fi] + v; }

static bool is_term(const IrFunc *f, InstId i) { return ir_op_flags((IrOp)f->insts.data[i.id].op) & IR_TERM; }

/* ---- classes ------------------------------------------------------------------- */

/* The ops whose container result the emitter writes in either
 * representation: a new list or dict, or (py.inplace) its operand. */
static bool makes_container(IrOp op)
{
    return op == IR_PY_LIST || op == IR_PY_DICT || op == IR_PY_GETITEM || op == IR_PY_BINOP ||
           op == IR_PY_INPLACE || op == IR_PY_METHOD || op == IR_PY_BUILTIN;
}

/* Whether list type t is what container type c holds: a list's items, a
 * dict's values. */
static bool holds(const IrModule *m, TypeId c, TypeId t)
{
    TypeKind k = ir_type_kind(m, c);
    if (k == TY_LIST) return ir_type_eq(ir_type_param(m, c, 0), t);
    if (k == TY_DICT) return ir_type_eq(ir_type_param(m, c, 1), t);
    return false;
}

/* Whether list value v of instruction i (an operand, or its result r) is
 * an item another operand or the result holds: stored into it, read out of
 * it, looked for in it. */
static bool is_item(const IrModule *m, const IrFunc *f, InstId i, uint32_t v)
{
    TypeId t = f->values.data[v].type;
    uint32_t r = f->insts.data[i.id].result;
    if (r != IR_NONE_ID && r != v && holds(m, f->values.data[r].type, t)) return true;
    const uint32_t *a = ir_inst_args(f, i);
    for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++)
        if (a[k] != v && holds(m, f->values.data[a[k]].type, t)) return true;
    return false;
}

static void unite_inst(Own *o, uint32_t fi, InstId i)
{
    IrModule *m = o->m;
    IrFunc *f = &m->funcs.data[fi];
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    uint32_t r = f->insts.data[i.id].result;
    if (is_term(f, i)) {
        if (op == IR_RET && is_tracked(m, f, ir_term_operand(f, i).id))
            unite(o, o->rbase + fi, node(o, fi, ir_term_operand(f, i).id));
        for (uint32_t s = 0; s < ir_term_nsuccs(f, i); s++) {
            IrEdge e = ir_term_succ(f, i, s);
            IrBlock *t = ir_block(f, e.target);
            for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++)
                if (is_tracked(m, f, e.args[k])) unite(o, node(o, fi, e.args[k]), node(o, fi, t->params.data[k].id));
            /* the item of a list of lists is one of its lists */
            if (op == IR_ITER_NEXT && s == 0 && t->params.len > e.nargs && is_tracked(m, f, vec_last(&t->params).id))
                share(o, node(o, fi, vec_last(&t->params).id));
        }
        return;
    }
    const uint32_t *a = ir_inst_args(f, i);
    uint32_t n = ir_inst_nargs(f, i);
    if (op == IR_CALL) {
        IrFunc *callee = &m->funcs.data[imm];
        IrBlock *entry = &callee->blocks.data[0];
        for (uint32_t k = 0; k < n && k < entry->params.len; k++)
            if (is_tracked(m, f, a[k])) unite(o, node(o, fi, a[k]), node(o, (uint32_t)imm, entry->params.data[k].id));
        if (r != IR_NONE_ID && is_tracked(m, f, r)) unite(o, node(o, fi, r), o->rbase + (uint32_t)imm);
        return;
    }
    if (op == IR_GLOBAL_GET || op == IR_GLOBAL_SET) {
        uint32_t v = op == IR_GLOBAL_GET ? r : a[0];
        if (v != IR_NONE_ID && is_tracked(m, f, v)) {
            unite(o, node(o, fi, v), o->gbase + (uint32_t)imm);
            share(o, node(o, fi, v));
        }
        return;
    }
    /* a container read out of anything else (a tuple's item, a list of
     * lists' item) is the one stored there; a list stored into a container
     * is seen from there too: both are shared, and apart from the container */
    bool r_item = r != IR_NONE_ID && is_tracked(m, f, r) && (!makes_container(op) || is_item(m, f, i, r));
    if (r_item) share(o, node(o, fi, r));
    /* the lists (or dicts) one runtime call takes together get one
     * representation; printing and reading ops take each on its own, and a
     * list made from a dict (`sorted(d)`) is a container of its own */
    bool together = op != IR_PRINT && op != IR_TO_STR && op != IR_TO_REPR && op != IR_PY_FORMAT &&
                    op != IR_PY_TRUTH && op != IR_PY_CONTAINS && op != IR_PY_ITER;
    uint32_t first[2] = {IR_NONE_ID, IR_NONE_ID};  /* per kind: the first list, the first dict */
    if (r != IR_NONE_ID && is_tracked(m, f, r) && !r_item) first[is_dict(m, f, r)] = node(o, fi, r);
    for (uint32_t k = 0; k < n; k++) {
        if (!is_tracked(m, f, a[k])) continue;
        if (is_item(m, f, i, a[k])) {
            share(o, node(o, fi, a[k]));
            continue;
        }
        if (ir_own_use(m, f, i, k) == IR_USE_OTHER) share(o, node(o, fi, a[k]));
        uint32_t *kind_first = &first[is_dict(m, f, a[k])];
        if (*kind_first == IR_NONE_ID || !together) *kind_first = node(o, fi, a[k]);
        else unite(o, *kind_first, node(o, fi, a[k]));
    }
}

/* ---- liveness of the containers and their iterators ------------------------------- */

typedef struct Iter {
    uint32_t value;          /* an iterator or a dict view */
    uint32_t source;         /* the list or dict it reads */
} Iter;
typedef VEC(Iter) Iters;

typedef struct Fn {
    Own *o;
    uint32_t fi;
    IrFunc *f;
    uint32_t *bit_of;        /* per value: its bit in the live sets, IR_NONE_ID if untracked */
    uint32_t words;          /* per live set */
    uint64_t *in, *out;      /* per block: live on entry (its parameters excluded), on exit */
    uint32_t *nuses;         /* per value */
    uint32_t *block_of;      /* per instruction */
    Iters iters;             /* the iterators over lists and dicts, and the dict views */
} Fn;

static bool live_has(const Fn *c, const uint64_t *set, uint32_t v)
{
    uint32_t k = c->bit_of[v];
    return k != IR_NONE_ID && (set[k / 64] >> (k % 64)) & 1;
}

static void live_put(const Fn *c, uint64_t *set, uint32_t v, bool on)
{
    uint32_t k = c->bit_of[v];
    if (k == IR_NONE_ID) return;
    if (on) set[k / 64] |= (uint64_t)1 << (k % 64);
    else set[k / 64] &= ~((uint64_t)1 << (k % 64));
}

typedef struct UseSet { const Fn *c; uint64_t *set; } UseSet;

static void add_use(void *ctx, uint32_t *slot)
{
    UseSet *u = ctx;
    live_put(u->c, u->set, *slot, true);
}

/* live: what is live after i; becomes what is live before it. */
static void step_back(const Fn *c, InstId i, uint64_t *live)
{
    uint32_t r = c->f->insts.data[i.id].result;
    if (r != IR_NONE_ID) live_put(c, live, r, false);
    UseSet u = {c, live};
    ir_inst_visit_uses(c->f, i, add_use, &u);
}

/* The backward fixpoint over the tracked values only, so a function's
 * scalars cost nothing. */
static void live_compute(Fn *c)
{
    IrFunc *f = c->f;
    uint32_t nb = f->blocks.len, w = c->words;
    c->in = xcalloc((size_t)nb * w + 1, sizeof *c->in);
    c->out = xcalloc((size_t)nb * w + 1, sizeof *c->out);
    uint64_t *tmp = xcalloc(w + 1, sizeof *tmp);
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t b = nb; b-- > 0;) {
            IrBlock *blk = &f->blocks.data[b];
            uint64_t *out = c->out + (size_t)b * w, *in = c->in + (size_t)b * w;
            InstId term = ir_block_term(f, (BlockId){b});
            if (ir_valid(term.id))
                for (uint32_t s = 0; s < ir_term_nsuccs(f, term); s++) {
                    const uint64_t *succ_in = c->in + (size_t)ir_term_succ(f, term, s).target.id * w;
                    for (uint32_t k = 0; k < w; k++) out[k] |= succ_in[k];
                }
            memcpy(tmp, out, w * sizeof *tmp);
            for (uint32_t k = blk->insts.len; k-- > 0;) step_back(c, blk->insts.data[k], tmp);
            for (uint32_t k = 0; k < blk->params.len; k++) live_put(c, tmp, blk->params.data[k].id, false);
            if (memcmp(tmp, in, w * sizeof *tmp) != 0) {
                memcpy(in, tmp, w * sizeof *tmp);
                changed = true;
            }
        }
    }
    free(tmp);
}

/* ---- the rules ------------------------------------------------------------------- */

typedef struct Use {
    uint32_t value;          /* two values never hold one Vec at once: moves are last uses */
    IrOwnUse use;
    bool direct;             /* an operand of the instruction itself, not nested in one */
} Use;
typedef VEC(Use) Uses;

enum { NEST_DEPTH = 16 };

/* How i uses its operand k, a lent container counted as a change when the
 * callee changes it. */
static IrOwnUse use_of(const Own *o, const IrFunc *f, InstId i, uint32_t k)
{
    IrOwnUse u = ir_own_use(o->m, f, i, k);
    if (u == IR_USE_LEND && !o->changed[f->imms.data[i.id]][k]) return IR_USE_READ;
    return u;
}

/* The container uses in the operand tree of value v: its defining instruction
 * when that is in block b and v has one use (what the emitter may nest into
 * its user), and so on down. */
static void tree_uses(const Fn *c, uint32_t b, uint32_t v, Uses *out, int depth)
{
    IrFunc *f = c->f;
    IrValue *val = &f->values.data[v];
    if (depth > NEST_DEPTH || val->def != VAL_INST || c->nuses[v] != 1 || c->block_of[val->owner] != b) return;
    InstId i = {val->owner};
    const uint32_t *a = ir_inst_args(f, i);
    for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++) {
        if (is_tracked(c->o->m, f, a[k])) vec_push(out, ((Use){a[k], use_of(c->o, f, i, k), false}));
        tree_uses(c, b, a[k], out, depth + 1);
    }
}

/* Whether the uses of one container value in one instruction pass Rust's borrow
 * check as the emitter writes them.  A nested use yields a value and ends
 * its borrow before the next operand is evaluated, so only a direct operand
 * holds one: readers may share it; a changed receiver (`xs.py_set(..)`, a
 * method: its &mut self begins after the arguments) tolerates nested
 * reads, and so does a list lent as &mut to a call or moved by `xs += ys`
 * (the emitter binds such reads before: owned_taken_while_read); a nested
 * change, move or &mut loan of the value while a direct operand holds it
 * is never fine, nor are two direct operands when one takes it mutably. */
static bool uses_compatible(const Uses *u, uint32_t value)
{
    uint32_t direct = 0, direct_mut = 0, nested_mut = 0;
    for (uint32_t k = 0; k < u->len; k++) {
        const Use *x = &u->data[k];
        if (x->value != value) continue;
        bool mut = x->use != IR_USE_READ && x->use != IR_USE_ITER;
        if (x->direct) {
            direct++;
            direct_mut += mut;
        } else {
            nested_mut += mut;
        }
    }
    if (direct == 0) return true;
    if (nested_mut) return false;
    return !(direct_mut && direct > 1);
}

/* The container uses of non-terminator i, direct and nested, into u; shares the
 * containers whose uses conflict. */
static void check_inst(const Fn *c, uint32_t b, InstId i, Uses *u)
{
    IrFunc *f = c->f;
    const uint32_t *a = ir_inst_args(f, i);
    uint32_t n = ir_inst_nargs(f, i);
    u->len = 0;
    for (uint32_t k = 0; k < n; k++) {
        if (is_tracked(c->o->m, f, a[k])) vec_push(u, ((Use){a[k], use_of(c->o, f, i, k), true}));
        tree_uses(c, b, a[k], u, 0);
    }
    for (uint32_t k = 0; k < u->len; k++)
        if (!uses_compatible(u, u->data[k].value)) share(c->o, node(c->o, c->fi, u->data[k].value));
}

static bool is_param(const IrFunc *f, uint32_t v)
{
    return f->values.data[v].def == VAL_PARAM && f->values.data[v].owner == 0;
}

/* v is handed over: it must be dead afterwards (last: not live after, not
 * handed over twice) and owned here (a parameter is only lent). */
static void check_move(const Fn *c, uint32_t v, bool last)
{
    if (!last || is_param(c->f, v)) share(c->o, node(c->o, c->fi, v));
}

static bool used_twice(const uint32_t *a, uint32_t n, uint32_t k)
{
    for (uint32_t j = 0; j < n; j++)
        if (j != k && a[j] == a[k]) return true;
    return false;
}

static void check_moves(const Fn *c, InstId i, const uint64_t *live)
{
    IrModule *m = c->o->m;
    IrFunc *f = c->f;
    if (!is_term(f, i)) {
        const uint32_t *a = ir_inst_args(f, i);
        for (uint32_t k = 0, n = ir_inst_nargs(f, i); k < n; k++)
            if (is_tracked(m, f, a[k]) && ir_own_use(m, f, i, k) == IR_USE_MOVE_CHANGE)
                check_move(c, a[k], !used_twice(a, n, k) && !live_has(c, live, a[k]));
        return;
    }
    if (f->insts.data[i.id].op == IR_RET && is_tracked(m, f, ir_term_operand(f, i).id))
        check_move(c, ir_term_operand(f, i).id, true);
    for (uint32_t s = 0; s < ir_term_nsuccs(f, i); s++) {
        IrEdge e = ir_term_succ(f, i, s);
        const uint64_t *succ_in = c->in + (size_t)e.target.id * c->words;
        for (uint32_t k = 0; k < e.nargs; k++)
            if (is_tracked(m, f, e.args[k]))
                check_move(c, e.args[k], !used_twice(e.args, e.nargs, k) && !live_has(c, succ_in, e.args[k]));
    }
}

/* An iterator borrows its container: while it lives, i may only read the
 * container's class.  u holds the uses of a non-terminator i (check_inst). */
static void check_iterated(const Fn *c, InstId i, const uint64_t *live, const Uses *u)
{
    IrFunc *f = c->f;
    for (uint32_t t = 0; t < c->iters.len; t++) {
        if (!live_has(c, live, c->iters.data[t].value)) continue;
        uint32_t cls = find(c->o, node(c->o, c->fi, c->iters.data[t].source));
        if (!is_term(f, i)) {
            for (uint32_t k = 0; k < u->len; k++)
                if (find(c->o, node(c->o, c->fi, u->data[k].value)) == cls && u->data[k].use != IR_USE_READ &&
                    u->data[k].use != IR_USE_ITER)
                    share(c->o, cls);
            continue;
        }
        for (uint32_t s = 0; s < ir_term_nsuccs(f, i); s++) {
            IrEdge e = ir_term_succ(f, i, s);
            for (uint32_t k = 0; k < e.nargs; k++)
                if (is_tracked(c->o->m, f, e.args[k]) && find(c->o, node(c->o, c->fi, e.args[k])) == cls)
                    share(c->o, cls);
        }
    }
}

static void check_block(const Fn *c, uint32_t b, uint64_t *live, Uses *u)
{
    IrBlock *blk = &c->f->blocks.data[b];
    memcpy(live, c->out + (size_t)b * c->words, c->words * sizeof *live);
    for (uint32_t k = blk->insts.len; k-- > 0;) {
        InstId i = blk->insts.data[k];
        if (!is_term(c->f, i)) check_inst(c, b, i, u);
        check_moves(c, i, live);
        check_iterated(c, i, live, u);
        step_back(c, i, live);
    }
}

static void count_use(void *ctx, uint32_t *slot) { ((uint32_t *)ctx)[*slot]++; }

/* The container value v iterates (py.iter of a list or dict, a dict view,
 * py.iter of a view), or IR_NONE_ID. */
static uint32_t iterated(const IrModule *m, const IrFunc *f, uint32_t v)
{
    const IrValue *val = &f->values.data[v];
    if (val->def != VAL_INST) return IR_NONE_ID;
    InstId i = {val->owner};
    IrOp op = (IrOp)f->insts.data[i.id].op;
    if ((op != IR_PY_ITER && op != IR_PY_METHOD) || ir_inst_nargs(f, i) == 0) return IR_NONE_ID;
    uint32_t x = ir_inst_args(f, i)[0];
    if (is_tracked(m, f, x)) return ir_own_use(m, f, i, 0) == IR_USE_ITER ? x : IR_NONE_ID;
    return op == IR_PY_ITER && x != v ? iterated(m, f, x) : IR_NONE_ID;
}

static void check_func(Own *o, uint32_t fi)
{
    IrModule *m = o->m;
    IrFunc *f = &m->funcs.data[fi];
    Fn c = {.o = o, .fi = fi, .f = f};
    c.bit_of = xmalloc(sizeof *c.bit_of * (f->values.len + 1));
    uint32_t tracked = 0;
    for (uint32_t v = 0; v < f->values.len; v++) c.bit_of[v] = is_tracked(m, f, v) ? tracked++ : IR_NONE_ID;
    for (uint32_t v = 0; v < f->values.len; v++) {
        uint32_t source = iterated(m, f, v);
        if (source == IR_NONE_ID) continue;
        vec_push(&c.iters, ((Iter){v, source}));
        c.bit_of[v] = tracked++;
    }
    if (tracked && f->blocks.len) {
        c.words = (tracked + 63) / 64;
        c.nuses = xcalloc(f->values.len + 1, sizeof *c.nuses);
        c.block_of = xcalloc(f->insts.len + 1, sizeof *c.block_of);
        for (uint32_t i = 0; i < f->insts.len; i++) ir_inst_visit_uses(f, (InstId){i}, count_use, c.nuses);
        for (uint32_t b = 0; b < f->blocks.len; b++)
            for (uint32_t k = 0; k < f->blocks.data[b].insts.len; k++) c.block_of[f->blocks.data[b].insts.data[k].id] = b;
        live_compute(&c);
        Uses u = {0};
        uint64_t *live = xcalloc(c.words, sizeof *live);
        for (uint32_t b = 0; b < f->blocks.len; b++) check_block(&c, b, live, &u);
        free(live);
        vec_free(&u);
        free(c.in);
        free(c.out);
        free(c.nuses);
        free(c.block_of);
    }
    vec_free(&c.iters);
    free(c.bit_of);
}

/* ---- retyping ---------------------------------------------------------------------- */

static TypeId owned(Own *o, uint32_t nd, TypeId t)
{
    TypeKind k = ir_type_kind(o->m, t);
    if ((k != TY_LIST && k != TY_DICT) || o->shared[find(o, nd)]) return t;
    if (k == TY_LIST) return ir_type_vec(o->m, ir_type_param(o->m, t, 0));
    return ir_type_map(o->m, ir_type_param(o->m, t, 0), ir_type_param(o->m, t, 1));
}

static void retype(Own *o)
{
    IrModule *m = o->m;
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = &m->funcs.data[fi];
        for (uint32_t v = 0; v < f->values.len; v++) {
            f->values.data[v].type = owned(o, node(o, fi, v), f->values.data[v].type);
        }
        /* the signature follows its parameters and returns */
        if (!f->blocks.len) continue;
        uint32_t np = ir_type_nparams(m, f->type);
        TypeId *sig = xmalloc(sizeof *sig * (np + 1));
        for (uint32_t k = 0; k + 1 < np; k++) sig[k] = f->values.data[f->blocks.data[0].params.data[k].id].type;
        sig[np - 1] = owned(o, o->rbase + fi, ir_func_ret_type(m, f->type));
        f->type = ir_type_get(m, TY_FUNC, sig, np);
        free(sig);
    }
}

bool pass_ownership(PassContext *cx)
{
    IrModule *m = cx->m;
    Own o = {.m = m};
    o.base = xcalloc(m->funcs.len + 1, sizeof *o.base);
    uint32_t nodes = 0;
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        o.base[fi] = nodes;
        nodes += m->funcs.data[fi].values.len;
    }
    o.rbase = nodes;
    o.gbase = o.rbase + m->funcs.len;
    nodes = o.gbase + m->globals.len;
    o.parent = xmalloc(sizeof *o.parent * (nodes + 1));
    o.shared = xcalloc(nodes + 1, sizeof *o.shared);
    for (uint32_t k = 0; k < nodes; k++) o.parent[k] = k;
    for (uint32_t g = 0; g < m->globals.len; g++) o.shared[o.gbase + g] = true;

    for (uint32_t fi = 0; fi < m->funcs.len; fi++)
        for (uint32_t i = 0; i < m->funcs.data[fi].insts.len; i++) unite_inst(&o, fi, (InstId){i});
    o.changed = ir_changed_params(m);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) check_func(&o, fi);
    retype(&o);
    ir_changed_params_free(m, o.changed);

    free(o.base);
    free(o.parent);
    free(o.shared);
    return true;
}
