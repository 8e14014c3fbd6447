/* coalesce.c — out-of-SSA copy coalescing: which SSA values share one Rust
 * variable, so that Python's `n` stays `n` through a loop or an if/else.
 *
 * A block parameter and a value flowing into it along an edge are put in one
 * class (fn->var[] maps each member to its representative) when their live
 * ranges do not intersect, they have one type, and at most one Python name
 * between them; the copy between them then disappears.  A function parameter
 * also takes the later values of its Python variable (`fn f(mut n: i64)`).  Interference is
 * Chaitin's test on a strict program: two values interfere when one is live
 * where the other is defined, except at a copy from one to the other (they
 * hold one value there); a block parameter is defined on each edge into its
 * block, after the edge's parallel copy.  Liveness is that of the Rust
 * reads: an operand nested into its user is read where the user is printed,
 * and a `for` loop's iterable after the copies into its header.  Pairs in
 * deeper loops are tried first.  scope.c then decides where each class is
 * declared and whether it needs `mut`. */
#include "backend_rust/rs_impl.h"

#include <stdlib.h>
#include <string.h>

typedef struct Pair {
    uint32_t param, arg;     /* a block parameter and a value flowing into it */
    uint32_t depth;          /* loop depth of the edge */
} Pair;

typedef VEC(uint32_t) U32s;
typedef VEC(Pair) Pairs;

typedef struct Coal {
    RsFn *fn;
    uint32_t ncand, words;
    uint32_t *cidx;          /* per value: candidate index, IR_NONE_ID if none */
    uint32_t *cval;          /* per candidate: its value */
    uint64_t *live_in;       /* per block: candidates live at its start, after the copies into it */
    uint64_t *live_out;      /* per block: live at its end, before the copies out of it */
    uint64_t *tmp;
    uint32_t *parent;        /* union-find over candidates */
    U32s *members;           /* per class root: its candidates */
} Coal;

/* Too many candidates times blocks: keep one variable per value. */
enum { MAX_LIVE_BITS = 1u << 26, MAX_PAIR_TESTS = 1u << 16 };

static bool reachable(const RsFn *fn, uint32_t b)
{
    return b < fn->nblocks && fn->cfg.rpo_index[b] != IR_NONE_ID;
}

/* A value printed as a Rust variable that may share it. */
static bool is_variable(const RsFn *fn, uint32_t v)
{
    if (fn->alias[v] != v || !reachable(fn, fn->def_block[v])) return false;
    switch (fn->vkind[v]) {
    case RS_V_PARAM: return fn->live[v];
    case RS_V_VAR: return true;
    case RS_V_LET: return fn->uses[v] > 0 && ir_type_kind(fn->m, fn->f->values.data[v].type) != TY_ITER;
    default: return false;
    }
}

static bool same_name(const RsFn *fn, StrId a, StrId b)
{
    if (!ir_valid(a.id) || !ir_valid(b.id) || a.id == b.id) return true;
    uint32_t n = ir_str_len(fn->m, a);
    return n == ir_str_len(fn->m, b) && !memcmp(ir_str(fn->m, a), ir_str(fn->m, b), n);
}

static inline uint64_t *row(uint64_t *sets, const Coal *c, uint32_t b) { return sets + (size_t)b * c->words; }
static inline bool bit(const uint64_t *s, uint32_t i) { return (s[i / 64] >> (i % 64)) & 1; }
static inline void bit_set(uint64_t *s, uint32_t i) { s[i / 64] |= (uint64_t)1 << (i % 64); }
static inline void bit_clear(uint64_t *s, uint32_t i) { s[i / 64] &= ~((uint64_t)1 << (i % 64)); }

/* Adds to set the candidates that printing v reads. */
static void add_reads(Coal *c, uint32_t v, uint64_t *set)
{
    RsFn *fn = c->fn;
    uint32_t r = fn->alias[v];
    if (ir_valid(c->cidx[r])) {
        bit_set(set, c->cidx[r]);
        return;
    }
    if (fn->vkind[r] != RS_V_INLINE) return;
    InstId i = { fn->f->values.data[r].owner };
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < ir_inst_nargs(fn->f, i); k++) add_reads(c, a[k], set);
}

static bool reads(Coal *c, uint32_t v, uint32_t target)
{
    RsFn *fn = c->fn;
    uint32_t r = fn->alias[v];
    if (r == target) return true;
    if (fn->vkind[r] != RS_V_INLINE) return false;
    InstId i = { fn->f->values.data[r].owner };
    const uint32_t *a = ir_inst_args(fn->f, i);
    for (uint32_t k = 0; k < ir_inst_nargs(fn->f, i); k++)
        if (reads(c, a[k], target)) return true;
    return false;
}

/* An instruction printed where it stands (not nested into a use). */
static bool printed_here(const RsFn *fn, const IrInst *in)
{
    return in->result == IR_NONE_ID || fn->vkind[in->result] == RS_V_LET;
}

static bool reads_operand(const IrInst *in)
{
    return in->op == IR_RET || in->op == IR_CONDBR || in->op == IR_ITER_NEXT;
}

/* The iterator of header h's `for`, when its iterable is printed on the
 * edge from p (after the copies into h), else IR_NONE_ID. */
static uint32_t for_iter_on_edge(RsFn *fn, uint32_t p, uint32_t h)
{
    if (!fn->uses_for[h]) return IR_NONE_ID;
    uint32_t it = fn->alias[ir_term_operand(fn->f, ir_block_term(fn->f, (BlockId){h})).id];
    return fn->vkind[it] == RS_V_FORITER && fn->def_block[it] == p ? it : IR_NONE_ID;
}

/* set = the candidates live on edge p -> succ after its parallel copy. */
static void live_after_copy(Coal *c, uint32_t p, uint32_t succ, uint64_t *set)
{
    RsFn *fn = c->fn;
    IrEdge e = ir_term_succ(fn->f, ir_block_term(fn->f, (BlockId){p}), succ);
    memcpy(set, row(c->live_in, c, e.target.id), sizeof(uint64_t) * c->words);
    uint32_t it = for_iter_on_edge(fn, p, e.target.id);
    if (ir_valid(it)) {
        InstId i = { fn->f->values.data[it].owner };
        const uint32_t *a = ir_inst_args(fn->f, i);
        for (uint32_t k = 0; k < ir_inst_nargs(fn->f, i); k++) add_reads(c, a[k], set);
    }
}

/* Backward dataflow to a fixed point, in postorder. */
static void solve_liveness(Coal *c)
{
    RsFn *fn = c->fn;
    uint64_t *out = xmalloc(sizeof(uint64_t) * c->words);
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = fn->cfg.nrpo; i-- > 0;) {
            uint32_t b = fn->cfg.rpo[i];
            InstId term = ir_block_term(fn->f, (BlockId){b});
            memset(out, 0, sizeof(uint64_t) * c->words);
            if (ir_valid(term.id)) {
                for (uint32_t s = 0; s < ir_term_nsuccs(fn->f, term); s++) {
                    IrEdge e = ir_term_succ(fn->f, term, s);
                    IrBlock *t = ir_block(fn->f, e.target);
                    live_after_copy(c, b, s, c->tmp);
                    for (uint32_t k = 0; k < t->params.len; k++)
                        if (fn->vkind[t->params.data[k].id] == RS_V_VAR && ir_valid(c->cidx[t->params.data[k].id]))
                            bit_clear(c->tmp, c->cidx[t->params.data[k].id]);
                    for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++)
                        if (fn->vkind[t->params.data[k].id] == RS_V_VAR) add_reads(c, e.args[k], c->tmp);
                    for (uint32_t w = 0; w < c->words; w++) out[w] |= c->tmp[w];
                }
            }
            uint64_t *lo = row(c->live_out, c, b);
            if (memcmp(lo, out, sizeof(uint64_t) * c->words)) {
                memcpy(lo, out, sizeof(uint64_t) * c->words);
                changed = true;
            }
            /* the block's own reads and definitions, backwards */
            IrBlock *blk = ir_block(fn->f, (BlockId){b});
            if (ir_valid(term.id) && reads_operand(ir_inst(fn->f, term)))
                add_reads(c, ir_term_operand(fn->f, term).id, out);
            for (uint32_t k = blk->insts.len; k-- > 0;) {
                IrInst *in = ir_inst(fn->f, blk->insts.data[k]);
                if (ir_op_flags((IrOp)in->op) & IR_TERM) continue;
                if (in->result != IR_NONE_ID && ir_valid(c->cidx[in->result])) bit_clear(out, c->cidx[in->result]);
                if (!printed_here(fn, in)) continue;
                const uint32_t *a = ir_inst_args(fn->f, blk->insts.data[k]);
                for (uint32_t j = 0; j < ir_inst_nargs(fn->f, blk->insts.data[k]); j++) add_reads(c, a[j], out);
            }
            memcpy(row(c->live_in, c, b), out, sizeof(uint64_t) * c->words);
        }
    }
    free(out);
}

/* Whether candidate value x is live just after instruction pos of block b. */
static bool live_after(Coal *c, uint32_t b, uint32_t pos, uint32_t x)
{
    RsFn *fn = c->fn;
    IrBlock *blk = ir_block(fn->f, (BlockId){b});
    for (uint32_t k = pos + 1; k < blk->insts.len; k++) {
        InstId i = blk->insts.data[k];
        IrInst *in = ir_inst(fn->f, i);
        if (ir_op_flags((IrOp)in->op) & IR_TERM) {
            if (reads_operand(in) && reads(c, ir_term_operand(fn->f, i).id, x)) return true;
            break;
        }
        if (in->result == x) return false;
        if (!printed_here(fn, in)) continue;
        const uint32_t *a = ir_inst_args(fn->f, i);
        for (uint32_t j = 0; j < ir_inst_nargs(fn->f, i); j++)
            if (reads(c, a[j], x)) return true;
    }
    return bit(row(c->live_out, c, b), c->cidx[x]);
}

/* Whether x is live at a definition of a. */
static bool live_at_def(Coal *c, uint32_t a, uint32_t x)
{
    RsFn *fn = c->fn;
    switch (fn->vkind[a]) {
    case RS_V_PARAM:
        return bit(row(c->live_in, c, 0), c->cidx[x]);
    case RS_V_LET:
        return live_after(c, fn->def_block[a], fn->def_pos[a], x);
    case RS_V_VAR: {
        /* on each edge in, after the copy; x copied into a holds a's value there */
        uint32_t b = fn->def_block[a], idx = 0;
        IrBlock *blk = ir_block(fn->f, (BlockId){b});
        while (idx < blk->params.len && blk->params.data[idx].id != a) idx++;
        for (uint32_t k = 0; k < fn->cfg.preds[b].len; k++) {
            uint32_t p = fn->cfg.preds[b].data[k];
            if (!reachable(fn, p)) continue;
            InstId term = ir_block_term(fn->f, (BlockId){p});
            for (uint32_t s = 0; s < ir_term_nsuccs(fn->f, term); s++) {
                IrEdge e = ir_term_succ(fn->f, term, s);
                if (e.target.id != b || (idx < e.nargs && fn->alias[e.args[idx]] == x)) continue;
                live_after_copy(c, p, s, c->tmp);
                if (bit(c->tmp, c->cidx[x])) return true;
            }
        }
        return false;
    }
    default:
        return true;
    }
}

static uint32_t find(Coal *c, uint32_t i)
{
    while (c->parent[i] != i) i = c->parent[i] = c->parent[c->parent[i]];
    return i;
}

/* Whether some member of class x interferes with some member of class y. */
static bool classes_interfere(Coal *c, uint32_t x, uint32_t y)
{
    U32s *mx = &c->members[x], *my = &c->members[y];
    if ((uint64_t)mx->len * my->len > MAX_PAIR_TESTS) return true;
    for (uint32_t i = 0; i < mx->len; i++)
        for (uint32_t j = 0; j < my->len; j++) {
            uint32_t a = c->cval[mx->data[i]], b = c->cval[my->data[j]];
            if (live_at_def(c, a, b) || live_at_def(c, b, a)) return true;
        }
    return false;
}

/* The Python name of a class: that of any named member. */
static StrId class_name(Coal *c, uint32_t x)
{
    for (uint32_t i = 0; i < c->members[x].len; i++) {
        StrId n = c->fn->f->values.data[c->cval[c->members[x].data[i]]].name;
        if (ir_valid(n.id)) return n;
    }
    return (StrId){ IR_NONE_ID };
}

static uint32_t loop_depth(const RsFn *fn, uint32_t b)
{
    uint32_t d = 0;
    for (uint32_t h = fn->hdr[b]; h != IR_NONE_ID && d < fn->nblocks; h = fn->loop_parent[h]) d++;
    return d;
}

static int by_depth(const void *pa, const void *pb)
{
    const Pair *a = pa, *b = pb;
    if (a->depth != b->depth) return a->depth > b->depth ? -1 : 1;
    return a->param != b->param ? (a->param < b->param ? -1 : 1) : (a->arg < b->arg ? -1 : a->arg > b->arg);
}

/* A reassigned function parameter: its later values, for a `mut` parameter.
 * A lent vec[T] or map[K,V] is a reference (`&mut Vec<T>`), not the owned
 * value a later assignment makes, so it keeps its own variable. */
static void collect_param_pairs(RsFn *fn, Pairs *pairs)
{
    IrFunc *f = fn->f;
    IrBlock *entry = ir_block(f, (BlockId){0});
    for (uint32_t k = 0; k < entry->params.len; k++) {
        uint32_t p = entry->params.data[k].id;
        StrId pn = f->values.data[p].name;
        if (!is_variable(fn, p) || !ir_valid(pn.id) || ir_type_is_owned(fn->m, f->values.data[p].type)) continue;
        for (uint32_t v = 0; v < fn->nvals; v++) {
            StrId vn = f->values.data[v].name;
            if (v == p || !ir_valid(vn.id) || !is_variable(fn, v) || fn->vkind[v] == RS_V_PARAM) continue;
            if (f->values.data[v].type.id == f->values.data[p].type.id && same_name(fn, pn, vn))
                vec_push(pairs, ((Pair){ p, v, 0 }));
        }
    }
}

/* The copy-related pairs worth a try. */
static void collect_pairs(RsFn *fn, Pairs *pairs)
{
    IrFunc *f = fn->f;
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        InstId term = ir_block_term(f, (BlockId){b});
        if (!ir_valid(term.id)) continue;
        for (uint32_t s = 0; s < ir_term_nsuccs(f, term); s++) {
            IrEdge e = ir_term_succ(f, term, s);
            IrBlock *t = ir_block(f, e.target);
            for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++) {
                uint32_t p = t->params.data[k].id, a = fn->alias[e.args[k]];
                if (p == a || fn->vkind[p] != RS_V_VAR || !is_variable(fn, p) || !is_variable(fn, a)) continue;
                if (f->values.data[p].type.id != f->values.data[a].type.id) continue;
                if (!same_name(fn, f->values.data[p].name, f->values.data[a].name)) continue;
                vec_push(pairs, ((Pair){ p, a, loop_depth(fn, b) }));
            }
        }
    }
}

void rs_coalesce(RsFn *fn)
{
    for (uint32_t v = 0; v < fn->nvals; v++) fn->var[v] = v;
    if (!fn->ok) return;
    Pairs pairs = {0};
    collect_pairs(fn, &pairs);
    if (pairs.len) qsort(pairs.data, pairs.len, sizeof(Pair), by_depth);
    collect_param_pairs(fn, &pairs);
    if (!pairs.len) {
        vec_free(&pairs);
        return;
    }
    Coal c = { fn, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
    c.cidx = xmalloc(sizeof(uint32_t) * (fn->nvals + 1));
    for (uint32_t v = 0; v < fn->nvals; v++) c.cidx[v] = IR_NONE_ID;
    c.cval = xmalloc(sizeof(uint32_t) * (2 * pairs.len + 1));
    for (uint32_t i = 0; i < pairs.len; i++) {
        uint32_t two[2] = { pairs.data[i].param, pairs.data[i].arg };
        for (uint32_t k = 0; k < 2; k++)
            if (!ir_valid(c.cidx[two[k]])) {
                c.cidx[two[k]] = c.ncand;
                c.cval[c.ncand++] = two[k];
            }
    }
    c.words = (c.ncand + 63) / 64;
    if ((uint64_t)c.words * 64 * fn->nblocks > MAX_LIVE_BITS) goto done;
    c.live_in = xcalloc((size_t)c.words * fn->nblocks, sizeof(uint64_t));
    c.live_out = xcalloc((size_t)c.words * fn->nblocks, sizeof(uint64_t));
    c.tmp = xcalloc(c.words, sizeof(uint64_t));
    solve_liveness(&c);

    c.parent = xmalloc(sizeof(uint32_t) * c.ncand);
    c.members = xcalloc(c.ncand, sizeof(U32s));
    for (uint32_t i = 0; i < c.ncand; i++) {
        c.parent[i] = i;
        vec_push(&c.members[i], i);
    }
    for (uint32_t i = 0; i < pairs.len; i++) {
        uint32_t x = find(&c, c.cidx[pairs.data[i].param]), y = find(&c, c.cidx[pairs.data[i].arg]);
        if (x == y || !same_name(fn, class_name(&c, x), class_name(&c, y)) || classes_interfere(&c, x, y))
            continue;
        if (c.members[x].len < c.members[y].len) {
            uint32_t t = x;
            x = y;
            y = t;
        }
        for (uint32_t k = 0; k < c.members[y].len; k++) vec_push(&c.members[x], c.members[y].data[k]);
        vec_free(&c.members[y]);
        c.parent[y] = x;
    }
    /* the representative: a parameter of the function, else a named member */
    for (uint32_t i = 0; i < c.ncand; i++) {
        if (find(&c, i) != i || c.members[i].len < 2) continue;
        uint32_t rep = IR_NONE_ID;
        for (uint32_t k = 0; k < c.members[i].len; k++) {
            uint32_t v = c.cval[c.members[i].data[k]];
            if (fn->vkind[v] == RS_V_PARAM) rep = v;
            else if (!ir_valid(rep) && ir_valid(fn->f->values.data[v].name.id)) rep = v;
        }
        if (!ir_valid(rep)) rep = c.cval[c.members[i].data[0]];
        for (uint32_t k = 0; k < c.members[i].len; k++) fn->var[c.cval[c.members[i].data[k]]] = rep;
    }
    for (uint32_t i = 0; i < c.ncand; i++) vec_free(&c.members[i]);
done:
    free(c.members);
    free(c.parent);
    free(c.tmp);
    free(c.live_in);
    free(c.live_out);
    free(c.cval);
    free(c.cidx);
    vec_free(&pairs);
}
