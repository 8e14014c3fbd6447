/* sites.c — list allocation sites, their unification and element types
 * (see sites.h).  The typed list operations (backend_rust/emit_list.c) are
 * exactly the shapes sites_transfer accepts; anything else makes the site
 * escape to the dynamic object type, so the typed path never has to guess. */
#include "passes/sites.h"
#include "passes/typerules.h"

#include <stdlib.h>

#define BOT PASS_TYPE_BOTTOM

struct Sites {
    IrModule *m;
    uint32_t n;
    uint32_t *parent;        /* union-find */
    uint32_t *elem;          /* element lattice value of a representative */
    bool *escaped;           /* of a representative: the list is an object */
    uint32_t **site_of;      /* site_of[f][inst]: the site of a py.list, else IR_NONE_ID */
    uint64_t epoch;
};

static bool is_lref(uint32_t x) { return x != BOT && (x & SITE_LREF); }
static bool is_iref(uint32_t x) { return x != BOT && !(x & SITE_LREF) && (x & SITE_IREF); }
static bool is_ref(uint32_t x) { return is_lref(x) || is_iref(x); }
static uint32_t site_bits(uint32_t x) { return x & ~(SITE_LREF | SITE_IREF); }

Sites *sites_new(IrModule *m)
{
    Sites *s = xcalloc(1, sizeof *s);
    s->m = m;
    s->site_of = xcalloc(m->funcs.len ? m->funcs.len : 1, sizeof *s->site_of);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        IrFunc *f = &m->funcs.data[fi];
        s->site_of[fi] = xmalloc(sizeof **s->site_of * (f->insts.len ? f->insts.len : 1));
        for (uint32_t i = 0; i < f->insts.len; i++)
            s->site_of[fi][i] = f->insts.data[i].op == IR_PY_LIST ? s->n++ : IR_NONE_ID;
    }
    s->parent = xmalloc(sizeof *s->parent * (s->n ? s->n : 1));
    s->elem = xmalloc(sizeof *s->elem * (s->n ? s->n : 1));
    s->escaped = xcalloc(s->n ? s->n : 1, sizeof *s->escaped);
    for (uint32_t k = 0; k < s->n; k++) {
        s->parent[k] = k;
        s->elem[k] = BOT;
    }
    return s;
}

void sites_free(Sites *s)
{
    if (!s) return;
    for (uint32_t fi = 0; fi < s->m->funcs.len; fi++) free(s->site_of[fi]);
    free(s->site_of);
    free(s->parent);
    free(s->elem);
    free(s->escaped);
    free(s);
}

uint64_t sites_epoch(const Sites *s) { return s->epoch; }

static uint32_t find(Sites *s, uint32_t k)
{
    while (s->parent[k] != k) {
        s->parent[k] = s->parent[s->parent[k]];
        k = s->parent[k];
    }
    return k;
}

static void escape(Sites *s, uint32_t x)
{
    uint32_t r = find(s, site_bits(x));
    if (s->escaped[r]) return;
    s->escaped[r] = true;
    s->epoch++;
}

uint32_t sites_canon(Sites *s, uint32_t x)
{
    if (!is_ref(x)) return x;
    uint32_t r = find(s, site_bits(x));
    if (!s->escaped[r]) return (x & (SITE_LREF | SITE_IREF)) | r;
    if (is_lref(x)) return IR_TYPE_OBJECT;
    return ir_type_iter(s->m, (TypeId){IR_TYPE_OBJECT}).id;
}

/* Element types the typed list ops take. */
static bool elem_ok(uint32_t t)
{
    return t == BOT || t == IR_TYPE_INT || t == IR_TYPE_FLOAT || t == IR_TYPE_BOOL || t == IR_TYPE_STR ||
           t == IR_TYPE_NONE;
}

/* A value of lattice t is stored into list x. */
static void join_elem(Sites *s, uint32_t x, uint32_t t)
{
    uint32_t r = find(s, site_bits(x));
    if (is_ref(t)) {                 /* a list of lists: both are objects */
        escape(s, t);
        escape(s, x);
        return;
    }
    if (s->escaped[r]) return;
    uint32_t j = pass_type_join(s->m, s->elem[r], t);
    if (!elem_ok(j)) {
        escape(s, x);
    } else if (j != s->elem[r]) {
        s->elem[r] = j;
        s->epoch++;
    }
}

static uint32_t unify(Sites *s, uint32_t a, uint32_t b)
{
    uint32_t ra = find(s, site_bits(a)), rb = find(s, site_bits(b));
    if (ra == rb) return ra;
    s->parent[rb] = ra;
    s->epoch++;
    if (s->escaped[rb]) escape(s, ra);
    else if (s->elem[rb] != BOT) join_elem(s, ra, s->elem[rb]);
    return ra;
}

uint32_t sites_join(Sites *s, uint32_t a, uint32_t b)
{
    a = sites_canon(s, a);
    b = sites_canon(s, b);
    if (a == BOT) return b;
    if (b == BOT || a == b) return a;
    if (is_lref(a) && is_lref(b)) return SITE_LREF | unify(s, a, b);
    if (is_iref(a) && is_iref(b)) return SITE_IREF | unify(s, a, b);
    if (is_ref(a)) escape(s, a);
    if (is_ref(b)) escape(s, b);
    return pass_type_join(s->m, sites_canon(s, a), sites_canon(s, b));
}

void sites_escape_all(Sites *s, const uint32_t *a, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (is_ref(a[k])) escape(s, a[k]);
}

static uint32_t elem_of(Sites *s, uint32_t x) { return s->elem[find(s, site_bits(x))]; }

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
     * so only a list of ints (or of bools, counted) has a sum of one static type */
    if (one && ir_name_is(name, k, "sum") && (e == IR_TYPE_INT || e == IR_TYPE_BOOL)) return IR_TYPE_INT;
    if (one && (ir_name_is(name, k, "min") || ir_name_is(name, k, "max")) &&
        (e == IR_TYPE_INT || e == IR_TYPE_FLOAT || e == IR_TYPE_STR))
        return e;
    *ok = false;
    return IR_TYPE_OBJECT;
}

/* The typed list shapes; *ok false for any other use of a site. */
static uint32_t typed_shape(Sites *s, const IrFunc *f, InstId i, const uint32_t *a, uint32_t n, bool *ok)
{
    IrOp op = (IrOp)f->insts.data[i.id].op;
    uint64_t imm = f->imms.data[i.id];
    *ok = true;
    bool l0 = n > 0 && is_lref(a[0]), l1 = n > 1 && is_lref(a[1]);
    switch (op) {
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
        if (l0 && !is_ref(a[1])) return join_elem(s, a[0], a[1]), IR_TYPE_BOOL;
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
        if (!l0) break;
        for (uint32_t j = 1; j < n; j++)
            if (is_ref(a[j]) && !(op == IR_PY_METHOD && j == 1 && ir_name_is(name, k, "extend"))) {
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
    bool any = false;
    for (uint32_t k = 0; k < n; k++) {
        if (a[k] == BOT) return BOT;
        any |= is_ref(a[k]);
    }
    if (!any) return IR_NONE_ID;
    *handled = true;
    bool ok;
    uint32_t r = typed_shape(s, f, i, a, n, &ok);
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
    if (!is_iref(x)) return false;
    *item = elem_of(s, x);
    return true;
}

uint32_t sites_final(Sites *s, uint32_t x)
{
    x = sites_canon(s, x);
    if (!is_ref(x)) return x;
    uint32_t e = elem_of(s, x);
    TypeId et = {e == BOT ? IR_TYPE_NONE : e};
    return is_lref(x) ? ir_type_list(s->m, et).id : ir_type_iter(s->m, et).id;
}
