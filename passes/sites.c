/* sites.c — list, dict and set allocation sites, their unification and
 * element types (see sites.h).  The typed list, dict and set operations
 * (backend_rust/emit_list.c, emit_dict.c, emit_set.c) are exactly the shapes
 * sites_transfer accepts; anything else makes the site escape to the
 * dynamic object type, so the typed path never has to guess. */
#include "passes/sites.h"
#include "passes/typerules.h"

#include <stdlib.h>

#define BOT PASS_TYPE_BOTTOM
/* The longest tuple a typed list holds: Rust orders tuples up to 12. */
#define MAX_ITEM_TUPLE 12

struct Sites {
    IrModule *m;
    uint32_t n;
    uint32_t *parent;        /* union-find */
    uint32_t *elem;          /* element (a dict's key) lattice value of a representative */
    uint32_t *val;           /* a dict's value lattice value, of a representative */
    bool *is_dict;           /* the site is a py.dict (unified only with dicts) */
    bool *is_set;            /* the site is a py.set or set(...) (unified only with sets) */
    bool *escaped;           /* of a representative: the list is an object */
    uint32_t **site_of;      /* site_of[f][inst]: the site of a py.list, py.dict or py.set, or the
                              * list a py.builtin makes of a dict (sorted(d)), else IR_NONE_ID */
    bool **lone_use;         /* lone_use[f][inst]: its result has one use, by py.iter or
                              * py.builtin (where a dict view may go) */
    uint64_t epoch;
    uint32_t cur_fi, cur_inst;   /* the instruction typeinfer is at (sites_at) */
    uint64_t *escaped_at;    /* of a representative: 1 + (fi << 32 | inst) where it escaped, or 0 */
};

/* The kinds of SITE_DICT refs (bits 24..27): a dict, a view, an iterator. */
enum { DK_DICT, DK_KEYS, DK_VALUES, DK_ITEMS, DK_ITER_KEYS, DK_ITER_VALUES, DK_ITER_ITEMS };
#define DK_SHIFT 24
#define DK_INDEX 0x00ffffffu

static bool is_lref(uint32_t x) { return x != BOT && (x & SITE_LREF); }
static bool is_iref(uint32_t x) { return x != BOT && !(x & SITE_LREF) && (x & SITE_IREF); }
static bool is_dref(uint32_t x) { return x != BOT && (x & (SITE_LREF | SITE_IREF | SITE_DICT)) == SITE_DICT; }
/* The kinds of SITE_SET refs (bits 24..27): a set, an iterator over one. */
enum { SK_SET, SK_ITER };
#define REF_BITS (SITE_LREF | SITE_IREF | SITE_DICT | SITE_SET)
static bool is_sref(uint32_t x) { return x != BOT && (x & REF_BITS) == SITE_SET; }
static bool is_ref(uint32_t x) { return is_lref(x) || is_iref(x) || is_dref(x) || is_sref(x); }
static uint32_t dkind(uint32_t x) { return (x >> DK_SHIFT) & 0xf; }
static uint32_t dref(uint32_t kind, uint32_t site) { return SITE_DICT | kind << DK_SHIFT | site; }
static uint32_t sref(uint32_t kind, uint32_t site) { return SITE_SET | kind << DK_SHIFT | site; }
static bool is_dict(uint32_t x) { return is_dref(x) && dkind(x) == DK_DICT; }
static bool is_set(uint32_t x) { return is_sref(x) && dkind(x) == SK_SET; }
static uint32_t site_bits(uint32_t x)
{
    return is_dref(x) || is_sref(x) ? x & DK_INDEX : x & ~(SITE_LREF | SITE_IREF);
}

typedef struct UseCount { uint32_t *uses; } UseCount;
static void count_use(void *ctx, uint32_t *slot)
{
    UseCount *c = ctx;
    c->uses[*slot]++;
}

/* Per instruction of f: whether its result is used once, by a py.iter or
 * py.builtin (a dict view may only be consumed there, once). */
static bool *find_lone_uses(IrFunc *f)
{
    uint32_t *uses = xcalloc(f->values.len ? f->values.len : 1, sizeof *uses);
    bool *lone = xcalloc(f->insts.len ? f->insts.len : 1, sizeof *lone);
    UseCount c = {uses};
    for (uint32_t b = 0; b < f->blocks.len; b++)
        for (uint32_t k = 0; k < f->blocks.data[b].insts.len; k++)
            ir_inst_visit_uses(f, f->blocks.data[b].insts.data[k], count_use, &c);
    for (uint32_t i = 0; i < f->insts.len; i++) {
        IrOp op = (IrOp)f->insts.data[i].op;
        if (op != IR_PY_ITER && op != IR_PY_BUILTIN) continue;
        InstId id = {i};
        for (uint32_t k = 0, n = ir_inst_nargs(f, id); k < n; k++) {
            const IrValue *v = &f->values.data[ir_inst_args(f, id)[k]];
            if (v->def == VAL_INST && uses[ir_inst_args(f, id)[k]] == 1) lone[v->owner] = true;
        }
    }
    free(uses);
    return lone;
}

/* str.split(), .split(sep), .split(sep, maxsplit), rsplit alike, and
 * .splitlines(): a new list of strs when the receiver is a str. */
static const char *const split_names[] = { "split", "rsplit", "splitlines", NULL };

static bool splits(const IrModule *m, const IrFunc *f, InstId i)
{
    StrId sid = {(uint32_t)f->imms.data[i.id]};
    return ir_name_in(ir_str(m, sid), ir_str_len(m, sid), split_names);
}

static bool makes_set(const IrModule *m, const IrFunc *f, InstId i);

Sites *sites_new(IrModule *m)
{
    Sites *s = xcalloc(1, sizeof *s);
    s->m = m;
    s->site_of = xcalloc(m->funcs.len ? m->funcs.len : 1, sizeof *s->site_of);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = &m->funcs.data[fi];
        s->site_of[fi] = xmalloc(sizeof **s->site_of * (f->insts.len ? f->insts.len : 1));
        for (uint32_t i = 0; i < f->insts.len; i++) {
            IrOp op = (IrOp)f->insts.data[i].op;
            bool site = op == IR_PY_LIST || op == IR_PY_DICT || op == IR_PY_SET || op == IR_PY_BUILTIN ||
                        (op == IR_PY_METHOD && splits(m, f, (InstId){i}));
            s->site_of[fi][i] = site ? s->n++ : IR_NONE_ID;
        }
    }
    s->parent = xmalloc(sizeof *s->parent * (s->n ? s->n : 1));
    s->elem = xmalloc(sizeof *s->elem * (s->n ? s->n : 1));
    s->val = xmalloc(sizeof *s->val * (s->n ? s->n : 1));
    s->is_dict = xcalloc(s->n ? s->n : 1, sizeof *s->is_dict);
    s->is_set = xcalloc(s->n ? s->n : 1, sizeof *s->is_set);
    s->escaped = xcalloc(s->n ? s->n : 1, sizeof *s->escaped);
    s->escaped_at = xcalloc(s->n ? s->n : 1, sizeof *s->escaped_at);
    s->cur_fi = s->cur_inst = IR_NONE_ID;
    for (uint32_t k = 0; k < s->n; k++) {
        s->parent[k] = k;
        s->elem[k] = s->val[k] = BOT;
    }
    s->lone_use = xcalloc(m->funcs.len ? m->funcs.len : 1, sizeof *s->lone_use);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        for (uint32_t i = 0; i < m->funcs.data[fi].insts.len; i++) {
            if (m->funcs.data[fi].insts.data[i].op == IR_PY_DICT) s->is_dict[s->site_of[fi][i]] = true;
            if (makes_set(m, &m->funcs.data[fi], (InstId){i})) s->is_set[s->site_of[fi][i]] = true;
        }
        s->lone_use[fi] = find_lone_uses(&m->funcs.data[fi]);
    }
    return s;
}

void sites_free(Sites *s)
{
    if (!s) return;
    for (uint32_t fi = 0; fi < s->m->funcs.len; fi++) {
        free(s->site_of[fi]);
        free(s->lone_use[fi]);
    }
    free(s->site_of);
    free(s->lone_use);
    free(s->parent);
    free(s->elem);
    free(s->val);
    free(s->is_dict);
    free(s->is_set);
    free(s->escaped);
    free(s->escaped_at);
    free(s);
}

uint64_t sites_epoch(const Sites *s) { return s->epoch; }

void sites_at(Sites *s, uint32_t fi, InstId i)
{
    s->cur_fi = fi;
    s->cur_inst = i.id;
}

static uint32_t find(Sites *s, uint32_t k)
{
    while (s->parent[k] != k) {
        s->parent[k] = s->parent[s->parent[k]];
        k = s->parent[k];
    }
    return k;
}

/* A tuple whose items include a list site (or such a tuple): ("a", xs), the
 * items of a dict of lists.  In the lattice it is a tuple type whose
 * parameters are lattice values; sites_final makes them IR types. */
static bool ref_tuple(const IrModule *m, uint32_t x)
{
    if (x == BOT || is_ref(x) || ir_type_kind(m, (TypeId){x}) != TY_TUPLE) return false;
    for (uint32_t k = 0, n = ir_type_nparams(m, (TypeId){x}); k < n; k++) {
        uint32_t p = ir_type_param(m, (TypeId){x}, k).id;
        if (is_ref(p) || ref_tuple(m, p)) return true;
    }
    return false;
}

static bool has_ref(const IrModule *m, uint32_t x) { return is_ref(x) || ref_tuple(m, x); }

/* Ref tuple x with each item mapped by f. */
static uint32_t map_tuple(Sites *s, uint32_t x, uint32_t (*f)(Sites *, uint32_t))
{
    uint32_t n = ir_type_nparams(s->m, (TypeId){x});
    TypeId *items = xmalloc(sizeof *items * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++) items[k].id = f(s, ir_type_param(s->m, (TypeId){x}, k).id);
    uint32_t t = ir_type_tuple(s->m, items, n).id;
    free(items);
    return t;
}

static void escape(Sites *s, uint32_t x);

/* Every site in lattice value x (a ref, or a ref tuple's items) escapes. */
static void escape_in(Sites *s, uint32_t x)
{
    if (is_ref(x)) {
        escape(s, x);
    } else if (ref_tuple(s->m, x)) {
        for (uint32_t k = 0, n = ir_type_nparams(s->m, (TypeId){x}); k < n; k++)
            escape_in(s, ir_type_param(s->m, (TypeId){x}, k).id);
    }
}

/* What the items of representative r are: a list's elements, a dict's
 * values (its keys never hold a list). */
static uint32_t item_slot(const Sites *s, uint32_t r) { return s->is_dict[r] ? s->val[r] : s->elem[r]; }

/* Whether item slot x holds list site r (a representative): is it, or has
 * it as an item of a tuple. */
static bool slot_holds(Sites *s, uint32_t x, uint32_t r)
{
    if (is_lref(x)) return find(s, site_bits(x)) == r;
    if (!ref_tuple(s->m, x)) return false;
    for (uint32_t k = 0, n = ir_type_nparams(s->m, (TypeId){x}); k < n; k++)
        if (slot_holds(s, ir_type_param(s->m, (TypeId){x}, k).id, r)) return true;
    return false;
}

/* A nested list escapes with its container, and the other way round: an
 * object list holds object items, and a typed list no object ones. */
static void escape(Sites *s, uint32_t x)
{
    uint32_t r = find(s, site_bits(x));
    if (s->escaped[r]) return;
    s->escaped[r] = true;
    if (s->cur_fi != IR_NONE_ID) s->escaped_at[r] = 1 + ((uint64_t)s->cur_fi << 32 | s->cur_inst);
    s->epoch++;
    escape_in(s, item_slot(s, r));
    for (uint32_t k = 0; k < s->n; k++)
        if (s->parent[k] == k && !s->escaped[k] && slot_holds(s, item_slot(s, k), r)) escape(s, k);
}

/* How deep containers nest before a site counts as holding itself. */
#define MAX_NESTING 32

/* Whether the sites in item slot x lead back to representative r within
 * depth more steps. */
static bool reaches(Sites *s, uint32_t x, uint32_t r, uint32_t depth)
{
    if (ref_tuple(s->m, x)) {
        for (uint32_t k = 0, n = ir_type_nparams(s->m, (TypeId){x}); k < n; k++)
            if (reaches(s, ir_type_param(s->m, (TypeId){x}, k).id, r, depth)) return true;
        return false;
    }
    if (!is_lref(x)) return false;
    uint32_t site = find(s, site_bits(x));
    return site == r || depth == 0 || reaches(s, item_slot(s, site), r, depth - 1);
}

/* Whether representative r holds itself, directly or through the sites
 * below it (a list that holds itself has no finite type), or nests past
 * MAX_NESTING. */
static bool holds_itself(Sites *s, uint32_t r) { return reaches(s, item_slot(s, r), r, MAX_NESTING); }

uint32_t sites_canon(Sites *s, uint32_t x)
{
    if (ref_tuple(s->m, x)) return map_tuple(s, x, sites_canon);
    if (!is_ref(x)) return x;
    uint32_t r = find(s, site_bits(x));
    if (!s->escaped[r]) {
        if (is_dref(x)) return dref(dkind(x), r);
        if (is_sref(x)) return sref(dkind(x), r);
        return (x & (SITE_LREF | SITE_IREF)) | r;
    }
    if (is_lref(x) || (is_dref(x) && dkind(x) < DK_ITER_KEYS) || is_set(x)) return IR_TYPE_OBJECT;
    return ir_type_iter(s->m, (TypeId){IR_TYPE_OBJECT}).id;
}

/* Key types of a typed dict: one Rust type each, hashed and compared as
 * CPython does (not float: 0.0 == -0.0 and nan would need Python's rules). */
static bool key_ok(uint32_t t)
{
    return t == BOT || t == IR_TYPE_INT || t == IR_TYPE_BOOL || t == IR_TYPE_STR || t == IR_TYPE_NONE;
}

static bool scalar_ok(uint32_t t)
{
    return t == IR_TYPE_INT || t == IR_TYPE_FLOAT || t == IR_TYPE_BOOL || t == IR_TYPE_STR || t == IR_TYPE_NONE;
}

/* A tuple of scalars (a Rust tuple: compared item by item, `!=` then `<`,
 * as CPython compares tuples). */
static bool scalar_tuple(const IrModule *m, uint32_t t)
{
    TypeId ty = {t};
    if (t == BOT || is_ref(t) || ir_type_kind(m, ty) != TY_TUPLE || ir_type_nparams(m, ty) == 0 ||
        ir_type_nparams(m, ty) > MAX_ITEM_TUPLE)
        return false;
    for (uint32_t k = 0, n = ir_type_nparams(m, ty); k < n; k++)
        if (!scalar_ok(ir_type_param(m, ty, k).id)) return false;
    return true;
}

/* A tuple of scalars and list sites (up to MAX_ITEM_TUPLE items):
 * sorted(g.items()) of a dict of lists. */
static bool list_tuple(const IrModule *m, uint32_t t)
{
    if (!ref_tuple(m, t) || ir_type_nparams(m, (TypeId){t}) > MAX_ITEM_TUPLE) return false;
    for (uint32_t k = 0, n = ir_type_nparams(m, (TypeId){t}); k < n; k++) {
        uint32_t p = ir_type_param(m, (TypeId){t}, k).id;
        if (!scalar_ok(p) && !is_lref(p)) return false;
    }
    return true;
}

/* Element types the typed list ops take besides another list site. */
static bool elem_ok(const IrModule *m, uint32_t t)
{
    return t == BOT || scalar_ok(t) || scalar_tuple(m, t) || list_tuple(m, t);
}

static uint32_t unify(Sites *s, uint32_t a, uint32_t b);

/* The items min() and max() order as CPython does (⊥: not known yet): an
 * int, float or str, or a tuple of scalars (whose Nones are never
 * ordered, being equal). */
static bool ordered_item(const IrModule *m, uint32_t e)
{
    return e == BOT || e == IR_TYPE_INT || e == IR_TYPE_FLOAT || e == IR_TYPE_STR || scalar_tuple(m, e);
}

/* Whether the element slot of representative r holds keys (hashed: a
 * dict's keys, a set's items), which are never lists or tuples. */
static bool keyed(const Sites *s, uint32_t r) { return s->is_dict[r] || s->is_set[r]; }

/* Whether lattice value t fits the slot of representative r that val
 * names (as in join_slot): a list's element or a dict's value (elem_ok),
 * a dict's key or a set's item (key_ok). */
static bool slot_ok(Sites *s, uint32_t r, bool val, uint32_t t)
{
    return val || !keyed(s, r) ? elem_ok(s->m, t) : key_ok(t);
}

/* A value of lattice t is stored into the element slot (val: the value
 * slot; else a dict's key slot) of container x.  A list stored into a list
 * or as a dict's value makes the slot that list's site (list[list[int]]):
 * every list stored there unifies with it, and a tuple holding lists joins
 * item by item.  Anything else that meets a container (a list as a key, a
 * dict or an iterator anywhere, a list meeting a scalar) makes both
 * objects, and so does a site that would hold itself. */
static void join_slot(Sites *s, uint32_t x, uint32_t t, bool val)
{
    uint32_t r = find(s, site_bits(x));
    bool nests = val || !keyed(s, r);
    if (s->escaped[r] || (has_ref(s->m, t) && !nests) || (is_ref(t) && !is_lref(t))) {
        escape_in(s, t);
        escape(s, x);
        return;
    }
    uint32_t slot = val ? s->val[r] : s->elem[r];
    if (is_lref(t) && is_lref(slot)) {
        unify(s, slot, t);
        return;
    }
    /* lists unify, tuples holding lists item by item, a list meeting
     * anything else escapes */
    uint32_t j = sites_join(s, slot, t);
    r = find(s, r);
    if (!is_lref(j) && !slot_ok(s, r, val, j)) {
        escape_in(s, j);
        escape(s, x);
        return;
    }
    uint32_t *at = val ? &s->val[r] : &s->elem[r];
    if (j != *at) {
        *at = j;
        s->epoch++;
    }
    if (holds_itself(s, r)) escape(s, x);
}

static void join_elem(Sites *s, uint32_t x, uint32_t t) { join_slot(s, x, t, false); }
static void join_key(Sites *s, uint32_t x, uint32_t t) { join_slot(s, x, t, false); }
static void join_val(Sites *s, uint32_t x, uint32_t t) { join_slot(s, x, t, true); }
static void join_item(Sites *s, uint32_t x, uint32_t t);

static uint32_t unify(Sites *s, uint32_t a, uint32_t b)
{
    uint32_t ra = find(s, site_bits(a)), rb = find(s, site_bits(b));
    if (ra == rb) return ra;
    s->parent[rb] = ra;
    s->epoch++;
    if (s->escaped[rb]) {
        escape(s, ra);
    } else if (s->is_dict[ra]) {
        if (s->elem[rb] != BOT) join_key(s, dref(DK_DICT, ra), s->elem[rb]);
        if (s->val[rb] != BOT) join_val(s, dref(DK_DICT, ra), s->val[rb]);
    } else if (s->is_set[ra]) {
        if (s->elem[rb] != BOT) join_item(s, sref(SK_SET, ra), s->elem[rb]);
    } else if (s->elem[rb] != BOT) {
        join_elem(s, ra, s->elem[rb]);
    }
    ra = find(s, ra);
    if (!s->escaped[ra] && holds_itself(s, ra)) escape(s, ra);
    return ra;
}

/* Two canonical tuples of one length, one of them a ref tuple, item by
 * item; ⊥ when they are not two such tuples. */
static uint32_t join_tuples(Sites *s, uint32_t a, uint32_t b)
{
    TypeId ta = {a}, tb = {b};
    if (is_ref(a) || is_ref(b) || ir_type_kind(s->m, ta) != TY_TUPLE || ir_type_kind(s->m, tb) != TY_TUPLE ||
        ir_type_nparams(s->m, ta) != ir_type_nparams(s->m, tb))
        return BOT;
    uint32_t n = ir_type_nparams(s->m, ta);
    TypeId *items = xmalloc(sizeof *items * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++)
        items[k].id = sites_join(s, ir_type_param(s->m, ta, k).id, ir_type_param(s->m, tb, k).id);
    uint32_t t = sites_canon(s, ir_type_tuple(s->m, items, n).id);
    free(items);
    return t;
}

uint32_t sites_join(Sites *s, uint32_t a, uint32_t b)
{
    a = sites_canon(s, a);
    b = sites_canon(s, b);
    if (a == BOT) return b;
    if (b == BOT || a == b) return a;
    if (is_lref(a) && is_lref(b)) return SITE_LREF | unify(s, a, b);
    if (is_iref(a) && is_iref(b)) return SITE_IREF | unify(s, a, b);
    if (is_dref(a) && is_dref(b) && dkind(a) == dkind(b)) return dref(dkind(a), unify(s, a, b));
    if (is_sref(a) && is_sref(b) && dkind(a) == dkind(b)) return sref(dkind(a), unify(s, a, b));
    if (ref_tuple(s->m, a) || ref_tuple(s->m, b)) {
        uint32_t t = join_tuples(s, a, b);
        if (t != BOT) return t;
    }
    escape_in(s, a);
    escape_in(s, b);
    return pass_type_join(s->m, sites_canon(s, a), sites_canon(s, b));
}

void sites_escape_all(Sites *s, const uint32_t *a, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) escape_in(s, a[k]);
}

static uint32_t elem_of(Sites *s, uint32_t x) { return sites_canon(s, s->elem[find(s, site_bits(x))]); }

static bool int_like(uint32_t t) { return t == IR_TYPE_INT || t == IR_TYPE_BOOL; }

/* Whether operand k of instruction i is made by py.slice. */
static bool is_slice(const IrFunc *f, InstId i, uint32_t k)
{
    const IrValue *v = &f->values.data[ir_inst_args(f, i)[k]];
    return v->def == VAL_INST && f->insts.data[v->owner].op == IR_PY_SLICE;
}

/* list.name(args) on list x: the typed methods.  name is the whole py.method
 * imm, so a keyword form is its own entry ("sort:reverse"). */
static uint32_t method(Sites *s, const char *name, size_t k, const uint32_t *a, uint32_t n, bool *ok)
{
    uint32_t x = a[0];
    *ok = true;
    if (ir_name_is(name, k, "append") && n == 2) return join_elem(s, x, a[1]), IR_TYPE_NONE;
    if (ir_name_is(name, k, "insert") && n == 3 && int_like(a[1])) return join_elem(s, x, a[2]), IR_TYPE_NONE;
    if (ir_name_is(name, k, "remove") && n == 2) return join_elem(s, x, a[1]), IR_TYPE_NONE;
    if ((ir_name_is(name, k, "index") || ir_name_is(name, k, "count")) && n == 2)
        return join_elem(s, x, a[1]), IR_TYPE_INT;
    if (ir_name_is(name, k, "pop") && (n == 1 || (n == 2 && int_like(a[1])))) return elem_of(s, x);
    if (ir_name_is(name, k, "extend") && n == 2 && is_lref(a[1])) return unify(s, x, a[1]), IR_TYPE_NONE;
    if ((ir_name_is(name, k, "sort") || ir_name_is(name, k, "reverse") || ir_name_is(name, k, "clear")) && n == 1)
        return IR_TYPE_NONE;
    if (ir_name_is(name, k, "sort:reverse") && n == 2 && a[1] == IR_TYPE_BOOL) return IR_TYPE_NONE;
    if (ir_name_is(name, k, "copy") && n == 1) return x;
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* builtin(x, ...) on list x = a[0]: the typed builtins (name as in method). */
static uint32_t builtin(Sites *s, const char *name, size_t k, const uint32_t *a, uint32_t n, bool *ok)
{
    uint32_t x = a[0], e = elem_of(s, x);
    bool one = n == 1;
    *ok = true;
    if (one && ir_name_is(name, k, "len")) return IR_TYPE_INT;
    if (one && (ir_name_is(name, k, "sorted") || ir_name_is(name, k, "list"))) return x;
    if (n == 2 && ir_name_is(name, k, "sorted:reverse") && a[1] == IR_TYPE_BOOL) return x;
    /* sum() starts from the int 0: of an empty list of floats it is the int 0,
     * so only a list of ints (or of bools, counted) has a sum of one static
     * type; so has a list nothing was stored into yet (⊥), until something is */
    if (one && ir_name_is(name, k, "sum") && (e == BOT || e == IR_TYPE_INT || e == IR_TYPE_BOOL))
        return IR_TYPE_INT;
    /* min() and max() are their items' type, not known while nothing is stored */
    if (one && (ir_name_is(name, k, "min") || ir_name_is(name, k, "max")) && ordered_item(s->m, e)) return e;
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* `a, b = xs`: a tuple of n (at most MAX_ITEM_TUPLE) items of xs's element
 * type (⊥ while nothing is stored: unpacking a list that stays empty
 * raises). */
static uint32_t unpacked(Sites *s, uint32_t x, uint32_t n)
{
    uint32_t e = elem_of(s, x);
    if (e == BOT && n) return BOT;
    TypeId items[MAX_ITEM_TUPLE];
    for (uint32_t k = 0; k < n; k++) items[k].id = e;
    return ir_type_tuple(s->m, items, n).id;
}

/* Whether operand j of list method name may be a list: the list extend()
 * takes, or an item of a list of lists. */
static bool takes_list_arg(const char *name, size_t k, uint32_t j)
{
    static const char *const item_methods[] = { "append", "remove", "index", "count", NULL };
    if (j == 1) return ir_name_is(name, k, "extend") || ir_name_in(name, k, item_methods);
    return j == 2 && ir_name_is(name, k, "insert");
}

/* The typed list shapes; *ok false for any other use of a site. */
static uint32_t typed_shape(Sites *s, const IrFunc *f, InstId i, const uint32_t *a, uint32_t n, bool *ok)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    *ok = true;
    bool l0 = n > 0 && is_lref(a[0]), l1 = n > 1 && is_lref(a[1]);
    switch (op) {
    case IR_PY_UNPACK:               /* `k, xs = pair`: the items are the tuple's */
        if (ref_tuple(s->m, a[0]) && ir_type_nparams(s->m, (TypeId){a[0]}) == imm) return a[0];
        if (l0 && imm <= MAX_ITEM_TUPLE) return unpacked(s, a[0], (uint32_t)imm);
        break;
    case IR_PY_GETITEM:
        if (l0 && int_like(a[1])) return elem_of(s, a[0]);
        if (l0 && is_slice(f, i, 1)) return a[0];
        break;
    case IR_PY_SETITEM:
        if (l0 && int_like(a[1])) return join_elem(s, a[0], a[2]), BOT;
        if (l0 && is_slice(f, i, 1) && is_lref(a[2])) return unify(s, a[0], a[2]), BOT;
        break;
    case IR_PY_DELITEM:
        if (l0 && (int_like(a[1]) || is_slice(f, i, 1))) return BOT;
        break;
    case IR_PY_CONTAINS:
        if (l0 && (!is_ref(a[1]) || is_lref(a[1]))) return join_elem(s, a[0], a[1]), IR_TYPE_BOOL;
        break;
    case IR_PY_TRUTH:
        if (l0) return IR_TYPE_BOOL;
        break;
    case IR_PY_ITER:
        if (l0) return SITE_IREF | find(s, site_bits(a[0]));
        break;
    case IR_PY_BINOP:
    case IR_PY_INPLACE:
        if (imm == IR_BINOP_ADD && l0 && l1) return SITE_LREF | unify(s, a[0], a[1]);
        /* xs * n is a new list of xs's site; xs *= n is xs itself */
        if (imm == IR_BINOP_MUL && l0 && int_like(a[1])) return a[0];
        if (op == IR_PY_BINOP && imm == IR_BINOP_MUL && l1 && int_like(a[0])) return a[1];
        break;
    case IR_PY_CMP:
        if (l0 && l1) return unify(s, a[0], a[1]), IR_TYPE_BOOL;   /* ==, <, ..., is, is not */
        break;
    case IR_PY_METHOD:
    case IR_PY_BUILTIN: {
        /* the whole imm: a keyword or splat form matches only its own entry */
        StrId sid = {(uint32_t)imm};
        const char *name = ir_str(s->m, sid);
        size_t k = ir_str_len(s->m, sid);
        /* sep.join(xs) of strs: the list's items must be strs */
        if (op == IR_PY_METHOD && n == 2 && a[0] == IR_TYPE_STR && l1 && ir_name_is(name, k, "join")) {
            join_elem(s, a[1], IR_TYPE_STR);
            if (elem_of(s, a[1]) == IR_TYPE_STR) return IR_TYPE_STR;
            break;
        }
        if (!l0) break;
        for (uint32_t j = 1; j < n; j++)
            if (is_ref(a[j]) && !(op == IR_PY_METHOD && takes_list_arg(name, k, j))) {
                *ok = false;
                return IR_TYPE_OBJECT;
            }
        if (op == IR_PY_METHOD) return method(s, name, k, a, n, ok);
        return builtin(s, name, k, a, n, ok);
    }
    default: break;
    }
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* ---- dict sites ------------------------------------------------------------------- */

static uint32_t key_of(Sites *s, uint32_t x) { return s->elem[find(s, site_bits(x))]; }
static uint32_t val_of(Sites *s, uint32_t x) { return sites_canon(s, s->val[find(s, site_bits(x))]); }

/* What iterating over dict view or iterator x yields (⊥ while unknown). */
static uint32_t dict_item(Sites *s, uint32_t x)
{
    uint32_t k = key_of(s, x), v = val_of(s, x);
    switch (dkind(x)) {
    case DK_KEYS: case DK_ITER_KEYS: return k;
    case DK_VALUES: case DK_ITER_VALUES: return v;
    default: break;
    }
    if (k == BOT || v == BOT) return BOT;
    TypeId kv[2] = {{k}, {v}};
    return ir_type_tuple(s->m, kv, 2).id;
}

/* `{k1: v1, ...}`: site `site`. */
static uint32_t dict_new(Sites *s, uint32_t site, const uint32_t *a, uint32_t n)
{
    if (site > DK_INDEX) return IR_TYPE_OBJECT;   /* past what a ref can name */
    uint32_t x = dref(DK_DICT, site);
    for (uint32_t k = 0; k < n; k++)
        if (a[k] == BOT) return BOT;
    if (n % 2) escape(s, x);
    for (uint32_t k = 0; k + 1 < n; k += 2) {
        join_key(s, x, a[k]);
        join_val(s, x, a[k + 1]);
    }
    return sites_canon(s, x);
}

/* d.name(args) on dict d = a[0]: the typed methods; a view (d.items())
 * only where one loop, sorted() or list() consumes it (lone_view). */
static uint32_t dict_method(Sites *s, const char *name, size_t k, const uint32_t *a, uint32_t n, bool lone_view,
                            bool *ok)
{
    uint32_t d = a[0];
    *ok = true;
    if ((ir_name_is(name, k, "get") || ir_name_is(name, k, "setdefault")) && n == 3) {
        join_key(s, d, a[1]);
        join_val(s, d, a[2]);
        return val_of(s, d);
    }
    if (ir_name_is(name, k, "pop") && (n == 2 || n == 3)) {
        join_key(s, d, a[1]);
        if (n == 3) join_val(s, d, a[2]);
        return val_of(s, d);
    }
    if (n == 1 && lone_view && ir_name_is(name, k, "keys")) return dref(DK_KEYS, site_bits(d));
    if (n == 1 && lone_view && ir_name_is(name, k, "values")) return dref(DK_VALUES, site_bits(d));
    if (n == 1 && lone_view && ir_name_is(name, k, "items")) return dref(DK_ITEMS, site_bits(d));
    if (n == 1 && ir_name_is(name, k, "copy")) return d;
    if (n == 1 && ir_name_is(name, k, "clear")) return IR_TYPE_NONE;
    if (n == 2 && ir_name_is(name, k, "update") && is_dict(a[1])) return unify(s, d, a[1]), IR_TYPE_NONE;
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* builtin(x) on dict or dict view x; `site` is the list sorted() and list()
 * make. */
static uint32_t dict_builtin(Sites *s, uint32_t site, const char *name, size_t k, uint32_t x, bool *ok)
{
    uint32_t kind = dkind(x);
    uint32_t e = kind == DK_VALUES ? val_of(s, x) : key_of(s, x);
    *ok = true;
    if (kind <= DK_VALUES && kind != DK_ITEMS) {
        /* sum() starts from the int 0: only ints (or nothing: an empty
         * dict's sum is 0) have a sum of one static type */
        if (ir_name_is(name, k, "sum") && (e == BOT || e == IR_TYPE_INT)) return IR_TYPE_INT;
        /* of an empty dict they raise: ⊥ until its items are known */
        if ((ir_name_is(name, k, "min") || ir_name_is(name, k, "max")) && ordered_item(s->m, e)) return e;
    }
    if (kind == DK_DICT && ir_name_is(name, k, "len")) return IR_TYPE_INT;
    if (kind == DK_DICT && (ir_name_is(name, k, "str") || ir_name_is(name, k, "repr"))) return IR_TYPE_STR;
    if (kind <= DK_ITEMS && (ir_name_is(name, k, "sorted") || ir_name_is(name, k, "list"))) {
        /* sorted(d.items()): a list of (key, value) tuples */
        uint32_t item = kind == DK_ITEMS ? dict_item(s, x) : kind == DK_VALUES ? val_of(s, x) : key_of(s, x);
        join_elem(s, SITE_LREF | site, item);
        *ok = !s->escaped[find(s, site)];     /* else the dict is an object too */
        return SITE_LREF | find(s, site);
    }
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* The typed dict shapes (an operand is a dict, view or dict iterator);
 * *ok false for any other. */
static uint32_t dict_shape(Sites *s, uint32_t fi, InstId i, const uint32_t *a, uint32_t n, bool *ok)
{
    const IrFunc *f = &s->m->funcs.data[fi];
    uint32_t site = s->site_of[fi][i.id];
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    bool d0 = n > 0 && is_dict(a[0]);
    *ok = true;
    switch (op) {
    case IR_PY_GETITEM:
        if (d0) return join_key(s, a[0], a[1]), val_of(s, a[0]);
        break;
    case IR_PY_SETITEM:
        if (d0) return join_key(s, a[0], a[1]), join_val(s, a[0], a[2]), BOT;
        break;
    case IR_PY_DELITEM:
        if (d0) return join_key(s, a[0], a[1]), BOT;
        break;
    case IR_PY_CONTAINS:
        if (d0) return join_key(s, a[0], a[1]), IR_TYPE_BOOL;
        break;
    case IR_PY_TRUTH:
        if (d0) return IR_TYPE_BOOL;
        break;
    case IR_PY_ITER:
        if (d0) return dref(DK_ITER_KEYS, site_bits(a[0]));
        if (is_dref(a[0]) && dkind(a[0]) >= DK_KEYS && dkind(a[0]) <= DK_ITEMS)
            return dref(dkind(a[0]) - DK_KEYS + DK_ITER_KEYS, site_bits(a[0]));
        break;
    case IR_PY_CMP:
        if (d0 && is_dict(a[1]) && (imm == IR_PRED_EQ || imm == IR_PRED_NE))
            return unify(s, a[0], a[1]), IR_TYPE_BOOL;
        break;
    case IR_PY_FORMAT:
        if (d0 && !is_ref(a[1])) return IR_TYPE_STR;
        break;
    case IR_PY_METHOD:
    case IR_PY_BUILTIN: {
        StrId sid = {(uint32_t)imm};
        IrCallee c = ir_callee_parse(ir_str(s->m, sid), ir_str_len(s->m, sid));
        const char *name = c.name;
        size_t k = c.name_len;
        if (!ir_callee_plain(&c) || n == 0 || !is_dref(a[0])) break;
        if (op == IR_PY_METHOD && d0) return dict_method(s, name, k, a, n, s->lone_use[fi][i.id], ok);
        if (op == IR_PY_BUILTIN && n == 1) return dict_builtin(s, site, name, k, a[0], ok);
        break;
    }
    default: break;
    }
    *ok = false;
    return IR_TYPE_OBJECT;
}

static uint32_t dict_final(Sites *s, uint32_t x)
{
    uint32_t k = key_of(s, x), v = sites_final(s, val_of(s, x));
    TypeId kv[2] = {{k == BOT ? IR_TYPE_NONE : k}, {v == BOT ? IR_TYPE_NONE : v}};
    switch (dkind(x)) {
    case DK_DICT: return ir_type_get(s->m, TY_DICT, kv, 2).id;
    case DK_KEYS: case DK_ITER_KEYS: return ir_type_iter(s->m, kv[0]).id;
    case DK_VALUES: case DK_ITER_VALUES: return ir_type_iter(s->m, kv[1]).id;
    default: return ir_type_iter(s->m, ir_type_tuple(s->m, kv, 2)).id;
    }
}

bool sites_dict_kv(Sites *s, uint32_t x, uint32_t *key, uint32_t *val)
{
    if (!is_dict(x)) return false;
    *key = key_of(s, x);
    *val = val_of(s, x);
    return true;
}

/* ---- set sites -------------------------------------------------------------------- */

/* A value of lattice t is an item of set x: typed as a dict's keys are
 * (hashed and compared as CPython does; a container in a set makes both
 * objects). */
static void join_item(Sites *s, uint32_t x, uint32_t t) { join_key(s, x, t); }

/* `{a, b}`, or a call of the builtin set: a new set. */
static bool makes_set(const IrModule *m, const IrFunc *f, InstId i)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    if (op == IR_PY_SET) return true;
    if (op != IR_PY_BUILTIN) return false;
    StrId sid = {(uint32_t)f->imms.data[i.id]};
    return ir_name_is(ir_str(m, sid), ir_str_len(m, sid), "set");
}

/* What set(x) of lattice value x adds to a new set: its items' type, or
 * object when x is nothing the typed runtime iterates (a list, a str, a
 * range, a dict's keys, a set). */
static uint32_t set_source_item(Sites *s, uint32_t x)
{
    if (is_lref(x) || is_set(x)) return elem_of(s, x);
    if (is_dict(x)) return key_of(s, x);
    if (x == IR_TYPE_STR) return IR_TYPE_STR;
    if (x == IR_TYPE_RANGE) return IR_TYPE_INT;
    return IR_TYPE_OBJECT;
}

/* `{a, b, ...}` (literal) or `set()` / `set(x)`: site `site`. */
static uint32_t set_new(Sites *s, uint32_t site, bool literal, const uint32_t *a, uint32_t n)
{
    if (site > DK_INDEX) return IR_TYPE_OBJECT;   /* past what a ref can name */
    uint32_t x = sref(SK_SET, site);
    for (uint32_t k = 0; k < n; k++)
        if (a[k] == BOT) return BOT;
    if (literal) {
        for (uint32_t k = 0; k < n; k++) join_item(s, x, a[k]);
    } else if (n == 1) {
        uint32_t t = set_source_item(s, a[0]);
        if (t != BOT) join_item(s, x, t);
        /* a set that is an object takes its source as an object too */
        if (t == IR_TYPE_OBJECT || s->escaped[find(s, site)]) sites_escape_all(s, a, n);
    } else if (n > 1) {
        sites_escape_all(s, a, n);
        escape(s, x);
    }
    return sites_canon(s, x);
}

static bool set_binop(uint64_t imm)
{
    return imm == IR_BINOP_SUB || imm == IR_BINOP_BITAND || imm == IR_BINOP_BITOR || imm == IR_BINOP_BITXOR;
}

/* s.name(args) on set x = a[0]: the typed methods; a set argument is
 * unified with x. */
static uint32_t set_method(Sites *s, const char *name, size_t k, const uint32_t *a, uint32_t n, bool *ok)
{
    static const char *const with_item[] = { "add", "discard", "remove", NULL };
    static const char *const with_set[] = { "update", "issubset", "issuperset", "isdisjoint", "union",
                                            "intersection", "difference", "symmetric_difference", NULL };
    uint32_t x = a[0];
    *ok = true;
    if (n == 2 && !is_ref(a[1]) && ir_name_in(name, k, with_item)) return join_item(s, x, a[1]), IR_TYPE_NONE;
    if (n == 1 && ir_name_is(name, k, "pop")) return elem_of(s, x);
    if (n == 1 && ir_name_is(name, k, "clear")) return IR_TYPE_NONE;
    if (n == 1 && ir_name_is(name, k, "copy")) return x;
    if (n == 2 && is_lref(a[1]) && ir_name_is(name, k, "update")) {
        if (elem_of(s, a[1]) != BOT) join_item(s, x, elem_of(s, a[1]));
        return IR_TYPE_NONE;
    }
    if (n == 2 && is_set(a[1]) && ir_name_in(name, k, with_set)) {
        uint32_t r = sref(SK_SET, unify(s, x, a[1]));
        if (ir_name_is(name, k, "update")) return IR_TYPE_NONE;
        return name[0] == 'i' ? IR_TYPE_BOOL : r;     /* issubset...: bool; union...: a set */
    }
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* builtin(x) on set x; `site` is the list sorted() and list() make. */
static uint32_t set_builtin(Sites *s, uint32_t site, const char *name, size_t k, uint32_t x, bool *ok)
{
    uint32_t e = elem_of(s, x);
    *ok = true;
    if (ir_name_is(name, k, "len")) return IR_TYPE_INT;
    if (ir_name_is(name, k, "str") || ir_name_is(name, k, "repr")) return IR_TYPE_STR;
    /* sum() starts from the int 0: only ints (or nothing yet) have one static type */
    if (ir_name_is(name, k, "sum") && (e == BOT || e == IR_TYPE_INT)) return IR_TYPE_INT;
    if ((ir_name_is(name, k, "min") || ir_name_is(name, k, "max")) &&
        (e == BOT || e == IR_TYPE_INT || e == IR_TYPE_STR))
        return e;
    if (ir_name_is(name, k, "sorted") || ir_name_is(name, k, "list")) {
        join_elem(s, SITE_LREF | site, e);
        *ok = !s->escaped[find(s, site)];     /* else the set is an object too */
        return SITE_LREF | find(s, site);
    }
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* The typed set shapes (an operand is a set or a set iterator); *ok false
 * for any other. */
static uint32_t set_shape(Sites *s, uint32_t fi, InstId i, const uint32_t *a, uint32_t n, bool *ok)
{
    const IrFunc *f = &s->m->funcs.data[fi];
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    bool s0 = n > 0 && is_set(a[0]), s1 = n > 1 && is_set(a[1]);
    *ok = true;
    switch (op) {
    case IR_PY_CONTAINS:
        if (s0 && !is_ref(a[1])) return join_item(s, a[0], a[1]), IR_TYPE_BOOL;
        break;
    case IR_PY_TRUTH:
        if (s0) return IR_TYPE_BOOL;
        break;
    case IR_PY_ITER:
        if (s0) return sref(SK_ITER, site_bits(a[0]));
        break;
    case IR_PY_BINOP:
    case IR_PY_INPLACE:
        if (s0 && s1 && set_binop(imm)) return sref(SK_SET, unify(s, a[0], a[1]));
        break;
    case IR_PY_CMP:
        if (s0 && s1 && imm != IR_PRED_IS && imm != IR_PRED_IS_NOT) return unify(s, a[0], a[1]), IR_TYPE_BOOL;
        break;
    case IR_PY_FORMAT:
        if (s0 && !is_ref(a[1])) return IR_TYPE_STR;
        break;
    case IR_PY_METHOD:
    case IR_PY_BUILTIN: {
        StrId sid = {(uint32_t)imm};
        IrCallee c = ir_callee_parse(ir_str(s->m, sid), ir_str_len(s->m, sid));
        if (!ir_callee_plain(&c) || !s0) break;
        if (op == IR_PY_METHOD) return set_method(s, c.name, c.name_len, a, n, ok);
        if (n == 1) return set_builtin(s, s->site_of[fi][i.id], c.name, c.name_len, a[0], ok);
        break;
    }
    default: break;
    }
    *ok = false;
    return IR_TYPE_OBJECT;
}

static uint32_t set_final(Sites *s, uint32_t x)
{
    uint32_t e = elem_of(s, x);
    TypeId et = {e == BOT ? IR_TYPE_NONE : e};
    return dkind(x) == SK_SET ? ir_type_get(s->m, TY_SET, &et, 1).id : ir_type_iter(s->m, et).id;
}

bool sites_set_elem(Sites *s, uint32_t x, uint32_t *elem)
{
    if (!is_set(x)) return false;
    *elem = elem_of(s, x);
    return true;
}

void sites_take(Sites *s, IrOp op, const uint32_t *a, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (op == IR_TUPLE_NEW && is_ref(a[k]) && !is_lref(a[k])) escape(s, a[k]);  /* only lists in tuples */
        else if ((is_dref(a[k]) && dkind(a[k]) != DK_DICT && !(op == IR_ITER_NEXT && dkind(a[k]) >= DK_ITER_KEYS)) ||
                 (is_sref(a[k]) && dkind(a[k]) == SK_ITER && op != IR_ITER_NEXT))
            escape(s, a[k]);
    }
}

/* A split site's call with the operands the typed runtime takes: a str
 * receiver, a str or None separator, an int maxsplit. */
static bool split_fits(Sites *s, const IrFunc *f, InstId i, const uint32_t *a, uint32_t n)
{
    StrId sid = {(uint32_t)f->imms.data[i.id]};
    if (n == 0 || a[0] != IR_TYPE_STR) return false;
    if (ir_name_is(ir_str(s->m, sid), ir_str_len(s->m, sid), "splitlines")) return n == 1;
    return n == 1 || ((a[1] == IR_TYPE_STR || a[1] == IR_TYPE_NONE) && (n == 2 || (n == 3 && int_like(a[2]))));
}

uint32_t sites_transfer(Sites *s, uint32_t fi, InstId i, const uint32_t *a, uint32_t n, bool *handled)
{
    const IrFunc *f = &s->m->funcs.data[fi];
    IrOp op = (IrOp)f->insts.data[i.id].op;
    *handled = false;
    if (op == IR_PY_LIST) {
        uint32_t site = s->site_of[fi][i.id];
        *handled = true;
        for (uint32_t k = 0; k < n; k++) {
            if (a[k] == BOT) return BOT;
            join_elem(s, SITE_LREF | site, a[k]);
        }
        return sites_canon(s, SITE_LREF | site);
    }
    if (op == IR_PY_DICT) {
        *handled = true;
        return dict_new(s, s->site_of[fi][i.id], a, n);
    }
    if (makes_set(s->m, f, i)) {
        *handled = true;
        return set_new(s, s->site_of[fi][i.id], op == IR_PY_SET, a, n);
    }
    if (op == IR_PY_METHOD && ir_valid(s->site_of[fi][i.id])) {
        for (uint32_t k = 0; k < n; k++)
            if (a[k] == BOT) return BOT;
        if (split_fits(s, f, i, a, n)) {
            *handled = true;
            join_elem(s, SITE_LREF | s->site_of[fi][i.id], IR_TYPE_STR);
            return sites_canon(s, SITE_LREF | s->site_of[fi][i.id]);
        }
    }
    bool any = false, dicts = false, sets = false;
    for (uint32_t k = 0; k < n; k++) {
        if (a[k] == BOT) return BOT;
        any |= has_ref(s->m, a[k]);
        dicts |= is_dref(a[k]);
        sets |= is_sref(a[k]);
    }
    if (!any) return IR_NONE_ID;
    *handled = true;
    bool ok;
    uint32_t r = sets    ? set_shape(s, fi, i, a, n, &ok)
               : dicts ? dict_shape(s, fi, i, a, n, &ok)
                       : typed_shape(s, f, i, a, n, &ok);
    if (ok) return sites_canon(s, r);
    sites_escape_all(s, a, n);
    uint32_t *c = xmalloc(sizeof *c * n);
    for (uint32_t k = 0; k < n; k++) c[k] = sites_canon(s, a[k]);
    r = ir_op_has_result(op) ? rule_generic(s->m, op, f->imms.data[i.id], c, n) : BOT;
    free(c);
    return r;
}

bool sites_list_elem(Sites *s, uint32_t x, uint32_t *elem)
{
    if (!is_lref(x)) return false;
    *elem = elem_of(s, x);
    return true;
}

bool sites_iter_item(Sites *s, uint32_t x, uint32_t *item)
{
    if (is_sref(x) && dkind(x) == SK_ITER) {
        *item = elem_of(s, x);
        return true;
    }
    if (is_dref(x) && dkind(x) >= DK_ITER_KEYS) {
        *item = dict_item(s, x);
        return true;
    }
    if (!is_iref(x)) return false;
    *item = elem_of(s, x);
    return true;
}

uint32_t sites_final(Sites *s, uint32_t x)
{
    x = sites_canon(s, x);
    if (ref_tuple(s->m, x)) return map_tuple(s, x, sites_final);
    if (is_dref(x)) return dict_final(s, x);
    if (is_sref(x)) return set_final(s, x);
    if (!is_ref(x)) return x;
    uint32_t e = sites_final(s, elem_of(s, x));   /* a nested list site: its own list[T] */
    TypeId et = {e == BOT ? IR_TYPE_NONE : e};
    return is_lref(x) ? ir_type_list(s->m, et).id : ir_type_iter(s->m, et).id;
}

bool sites_escaped_at(Sites *s, uint32_t fi, InstId i, uint32_t *at_fi, InstId *at)
{
    uint32_t site = s->site_of[fi][i.id];
    if (!ir_valid(site)) return false;
    uint32_t r = find(s, site);
    if (!s->escaped[r] || !s->escaped_at[r]) return false;
    *at_fi = (uint32_t)((s->escaped_at[r] - 1) >> 32);
    at->id = (uint32_t)(s->escaped_at[r] - 1);
    return true;
}
