/* clone.c — one copy of a function per call signature (passes/TYPEINFER.md,
 * "Cloning"): where typeinfer would join the arguments of direct calls that
 * pass different types (show(1), show("a")) into an `object` parameter,
 * each signature gets its own copy, named `show.int`, `show.str`, which
 * typeinfer then types on its own.
 * How a round learns the type of each call site's arguments: a trial gives
 * every direct call site its own copy of the callee, runs typeinfer
 * silently, reads each copy's parameter types and undoes the copies.  Sites
 * whose types agree share a clone.  Invariants: the result always computes
 * what the original did (clones are the same code; grouping only decides
 * how precise the types are); a function used as a value, the module's
 * entry and a clone are never cloned; a function splits at most once, into
 * at most MAX_CLONES clones, a trial copies it for at most MAX_SITES sites
 * (MAX_COPIES in all), and at most MAX_ROUNDS rounds run, so the pass
 * terminates and costs a few typeinfer runs at most; beyond the
 * bounds the function stays one, whose parameters typeinfer joins as
 * before. */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

#define BOT PASS_TYPE_BOTTOM

enum {
    MAX_CLONES = 8,          /* signatures one function may be cloned into */
    MAX_SITES = 256,         /* call sites a trial copies a function for */
    MAX_COPIES = 1024,       /* copies one trial makes in all */
    MAX_ROUNDS = 8,          /* a callee waits for its callers to split first */
};

/* A direct call: instruction inst of function fi. */
typedef struct CallSite { uint32_t fi; InstId inst; } CallSite;

/* One function the round considers: its call sites from other functions,
 * the trial copy and the signature (typeinfer's final type per parameter)
 * per site, and the signatures that group the sites. */
typedef struct Candidate {
    uint32_t fi;
    VEC(CallSite) sites;
    VEC(uint32_t) trial;     /* per site: the function its trial called */
    VEC(uint32_t) sig;       /* per site: nparams types */
    VEC(uint32_t) group_of;  /* per site: its group */
    VEC(uint32_t) groups;    /* per group: nparams types */
    bool splits;
} Candidate;

typedef struct Cloner {
    IrModule *m;
    bool typed_lists;
    VEC(uint8_t) fixed;      /* per function: never cloned (split already, or a clone) */
    VEC(Candidate) cands;
    uint32_t *cand_of;       /* per function: its index in cands, or IR_NONE_ID */
} Cloner;

static uint32_t nparams(const IrModule *m, uint32_t fi) { return m->funcs.data[fi].blocks.data[0].params.len; }

static uint32_t call_target(const IrFunc *f, InstId i) { return (uint32_t)f->imms.data[i.id]; }

/* Points every call of function `from` in function fi at function `to`. */
static void redirect_calls(IrModule *m, uint32_t fi, uint32_t from, uint32_t to)
{
    IrFunc *f = &m->funcs.data[fi];
    for (uint32_t i = 0; i < f->insts.len; i++)
        if (f->insts.data[i].op == IR_CALL && f->imms.data[i] == from) f->imms.data[i] = to;
}

/* ---- candidates ------------------------------------------------------------ */

/* Whether function fi may be cloned at all: not the entry, not fixed, with
 * a parameter left to infer, and never used as a value (the runtime may
 * call a function value with anything: one copy must take it all). */
static bool clonable(const Cloner *c, uint32_t fi, const bool *used_as_value)
{
    const IrModule *m = c->m;
    if (fi == m->entry.id || c->fixed.data[fi] || used_as_value[fi]) return false;
    const IrFunc *f = &m->funcs.data[fi];
    for (uint32_t p = 0; p < nparams(m, fi); p++)
        if (ir_type_has_unknown(m, f->values.data[f->blocks.data[0].params.data[p].id].type)) return true;
    return false;
}

static bool *functions_used_as_values(const IrModule *m)
{
    bool *used = xcalloc(m->funcs.len ? m->funcs.len : 1, sizeof *used);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        const IrFunc *f = &m->funcs.data[fi];
        for (uint32_t i = 0; i < f->insts.len; i++)
            if (f->insts.data[i].op == IR_PY_FUNC_REF) used[f->imms.data[i]] = true;
    }
    return used;
}

/* The calls of every clonable function from other functions, in module
 * order.  A function with fewer than two has nothing to choose between; one
 * with a call of another arity (reported by the verifier), too many, or
 * more than the trial has copies left is left alone this round. */
static void find_candidates(Cloner *c)
{
    IrModule *m = c->m;
    bool *used = functions_used_as_values(m);
    uint32_t *cand_of = c->cand_of = xmalloc(sizeof *cand_of * (m->funcs.len ? m->funcs.len : 1));
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        cand_of[fi] = IR_NONE_ID;
        if (!clonable(c, fi, used)) continue;
        Candidate cand;
        memset(&cand, 0, sizeof cand);
        cand.fi = fi;
        cand_of[fi] = c->cands.len;
        vec_push(&c->cands, cand);
    }
    bool *bad = xcalloc(c->cands.len ? c->cands.len : 1, sizeof *bad);
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        const IrFunc *f = &m->funcs.data[fi];
        for (uint32_t i = 0; i < f->insts.len; i++) {
            if (f->insts.data[i].op != IR_CALL) continue;
            uint32_t g = call_target(f, (InstId){i});
            if (g == fi || cand_of[g] == IR_NONE_ID) continue;       /* recursion follows its clone */
            Candidate *cand = &c->cands.data[cand_of[g]];
            bad[cand_of[g]] |= ir_inst_nargs(f, (InstId){i}) != nparams(m, g);
            vec_push(&cand->sites, ((CallSite){fi, {i}}));
        }
    }
    uint32_t kept = 0, copies = 0;           /* drop the ones with nothing to choose */
    for (uint32_t k = 0; k < c->cands.len; k++) {
        Candidate *cand = &c->cands.data[k];
        cand_of[cand->fi] = IR_NONE_ID;
        if (bad[k] || cand->sites.len < 2 || cand->sites.len > MAX_SITES || copies + cand->sites.len > MAX_COPIES) {
            vec_free(&cand->sites);
            continue;
        }
        copies += cand->sites.len;
        cand_of[cand->fi] = kept;
        c->cands.data[kept++] = *cand;
    }
    c->cands.len = kept;
    free(bad);
    free(used);
}

/* ---- the trial --------------------------------------------------------------- */

/* Gives each site of a candidate but the first its own copy of the callee
 * (a recursive call in a copy calls the copy), so that typeinfer types
 * every site on its own; the first keeps the function itself. */
static void make_trial_copies(Cloner *c, Candidate *cand)
{
    IrModule *m = c->m;
    vec_push(&cand->trial, cand->fi);
    for (uint32_t s = 1; s < cand->sites.len; s++) {
        uint32_t copy = ir_func_copy(m, (FuncId){cand->fi}, m->funcs.data[cand->fi].name).id;
        redirect_calls(m, copy, cand->fi, copy);
        vec_push(&cand->trial, copy);
    }
}

/* Points each site at its trial copy, in its caller and, when the caller is
 * a candidate too, in the caller's copies (which keep its instruction
 * ids): a copy's call must not reach the function the first site keeps. */
static void point_sites_at_copies(Cloner *c, const Candidate *cand)
{
    IrModule *m = c->m;
    for (uint32_t s = 1; s < cand->sites.len; s++) {
        CallSite site = cand->sites.data[s];
        uint32_t copy = cand->trial.data[s];
        m->funcs.data[site.fi].imms.data[site.inst.id] = copy;
        if (!ir_valid(c->cand_of[site.fi])) continue;
        const Candidate *caller = &c->cands.data[c->cand_of[site.fi]];
        for (uint32_t k = 1; k < caller->trial.len; k++) m->funcs.data[caller->trial.data[k]].imms.data[site.inst.id] = copy;
    }
}

/* Reads each trial copy's parameter types: the site's signature. */
static void read_signatures(Cloner *c, Candidate *cand, const PassTypes *t)
{
    IrModule *m = c->m;
    uint32_t np = nparams(m, cand->fi);
    for (uint32_t s = 0; s < cand->sites.len; s++) {
        uint32_t copy = cand->trial.data[s];
        for (uint32_t p = 0; p < np; p++) {
            ValueId param = m->funcs.data[copy].blocks.data[0].params.data[p];
            vec_push(&cand->sig, pass_types_value(t, (FuncId){copy}, param));
        }
    }
}

/* Points every site back to the original callee and drops the copies. */
static void undo_trial(Cloner *c, uint32_t nfuncs)
{
    for (uint32_t k = 0; k < c->cands.len; k++) {
        Candidate *cand = &c->cands.data[k];
        for (uint32_t s = 0; s < cand->sites.len; s++) {
            CallSite site = cand->sites.data[s];
            c->m->funcs.data[site.fi].imms.data[site.inst.id] = cand->fi;
        }
    }
    ir_funcs_truncate(c->m, nfuncs);
}

/* Every candidate's per-site signatures, from one silent typeinfer run
 * over the module with the trial copies in it. */
static void run_trial(Cloner *c)
{
    uint32_t nfuncs = c->m->funcs.len;
    for (uint32_t k = 0; k < c->cands.len; k++) make_trial_copies(c, &c->cands.data[k]);
    for (uint32_t k = 0; k < c->cands.len; k++) point_sites_at_copies(c, &c->cands.data[k]);
    PassTypes *t = pass_types_infer(c->m, NULL, NULL, c->typed_lists);
    for (uint32_t k = 0; k < c->cands.len; k++) read_signatures(c, &c->cands.data[k], t);
    pass_types_free(t);
    undo_trial(c, nfuncs);
}

/* ---- grouping ------------------------------------------------------------------ */

/* Whether two final types agree where both are known: ⊥ (no value ever
 * reaches the parameter from the site) agrees with anything, and so does a
 * None inside a container of the same kind, which is what a container
 * nothing was stored into becomes (`f([])` goes with `f([1])`). */
static bool agrees(const IrModule *m, uint32_t a, uint32_t b, bool inside)
{
    if (a == b || a == BOT || b == BOT) return true;
    if (inside && (a == IR_TYPE_NONE || b == IR_TYPE_NONE)) return true;
    TypeKind k = ir_type_kind(m, (TypeId){a});
    if ((k != TY_LIST && k != TY_DICT) || ir_type_kind(m, (TypeId){b}) != k) return false;
    for (uint32_t p = 0; p < ir_type_nparams(m, (TypeId){a}); p++)
        if (!agrees(m, ir_type_param(m, (TypeId){a}, p).id, ir_type_param(m, (TypeId){b}, p).id, true)) return false;
    return true;
}

/* Of two agreeing types, the one that says more (list[int] over list[None]). */
static uint32_t more_known(const IrModule *m, uint32_t a, uint32_t b)
{
    if (a == BOT) return b;
    if (b == BOT || a == b) return a;
    for (uint32_t p = 0; p < ir_type_nparams(m, (TypeId){a}); p++)
        if (ir_type_param(m, (TypeId){a}, p).id == IR_TYPE_NONE) return b;
    return a;
}

static bool compatible(const IrModule *m, const uint32_t *a, const uint32_t *b, uint32_t np)
{
    for (uint32_t p = 0; p < np; p++)
        if (!agrees(m, a[p], b[p], false)) return false;
    return true;
}

/* Puts each site in the first group its signature is compatible with (a
 * new one when none is), making the group's types as known as the site's. */
static void group_sites(const IrModule *m, Candidate *cand, uint32_t np /* >= 1 */)
{
    for (uint32_t s = 0; s < cand->sites.len; s++) {
        const uint32_t *sig = &cand->sig.data[s * np];
        uint32_t g = 0, ngroups = cand->groups.len / np;
        while (g < ngroups && !compatible(m, &cand->groups.data[g * np], sig, np)) g++;
        if (g == ngroups)
            for (uint32_t p = 0; p < np; p++) vec_push(&cand->groups, sig[p]);
        for (uint32_t p = 0; p < np; p++) {
            uint32_t *have = &cand->groups.data[g * np + p];
            *have = more_known(m, *have, sig[p]);
        }
        vec_push(&cand->group_of, g);
    }
    uint32_t ngroups = cand->groups.len / np;
    cand->splits = ngroups >= 2 && ngroups <= MAX_CLONES;
}

/* Whether function fi calls function g. */
static bool calls(const IrModule *m, uint32_t fi, uint32_t g)
{
    const IrFunc *f = &m->funcs.data[fi];
    for (uint32_t i = 0; i < f->insts.len; i++)
        if (f->insts.data[i].op == IR_CALL && f->imms.data[i] == g) return true;
    return false;
}

/* A candidate splits this round unless a caller of it splits too: the
 * trial saw that caller's sites through its joined parameters, so the
 * callee waits for the clones' sites.  Callers that wait on each other (a
 * recursive cycle) split together. */
static void defer_callees(Cloner *c)
{
    bool *waits = xcalloc(c->cands.len ? c->cands.len : 1, sizeof *waits);
    bool any_ready = false;
    for (uint32_t k = 0; k < c->cands.len; k++) {
        Candidate *cand = &c->cands.data[k];
        for (uint32_t j = 0; j < c->cands.len && cand->splits; j++)
            if (j != k && c->cands.data[j].splits && calls(c->m, c->cands.data[j].fi, cand->fi)) waits[k] = true;
        any_ready |= cand->splits && !waits[k];
    }
    for (uint32_t k = 0; k < c->cands.len && any_ready; k++)
        if (waits[k]) c->cands.data[k].splits = false;
    free(waits);
}

/* ---- splitting ------------------------------------------------------------------- */

/* The type's name as an identifier's tail: list[int] -> list_int. */
static void type_suffix(const IrModule *m, uint32_t t, StrBuf *out)
{
    if (t == BOT) {
        sb_puts(out, "any");
        return;
    }
    StrBuf text;
    sb_init(&text);
    ir_type_print(m, (TypeId){t}, &text);
    bool gap = false;
    for (uint32_t k = 0; k < text.len; k++) {
        char ch = text.data[k];
        bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        if (!word) {
            gap = true;
            continue;
        }
        if (gap && out->len && out->data[out->len - 1] != '_') sb_putc(out, '_');
        gap = false;
        sb_putc(out, ch);
    }
    sb_free(&text);
}

/* `f.int`, `f.list_int`, `f.int_str`: the Python name, then the types of
 * the parameters on which the groups differ; a number keeps it unique. */
static StrId clone_name(IrModule *m, const Candidate *cand, uint32_t g, uint32_t np)
{
    const IrFunc *f = &m->funcs.data[cand->fi];
    uint32_t ngroups = cand->groups.len / np;
    StrBuf name;
    sb_init(&name);
    sb_printf(&name, "%.*s.", (int)ir_func_py_name_len(m, f), ir_str(m, f->name));
    size_t base = name.len;
    for (uint32_t p = 0; p < np; p++) {
        bool differs = false;
        for (uint32_t h = 0; h < ngroups; h++) differs |= cand->groups.data[h * np + p] != cand->groups.data[g * np + p];
        if (!differs) continue;
        if (name.len > base) sb_putc(&name, '_');
        type_suffix(m, cand->groups.data[g * np + p], &name);
    }
    size_t stem = name.len;
    for (uint32_t n = 2; ir_valid(ir_func_find(m, ir_intern(m, name.data, name.len)).id); n++) {
        name.len = stem;
        sb_printf(&name, "_%u", n);
    }
    StrId id = ir_intern(m, name.data, name.len);
    sb_free(&name);
    return id;
}

/* One function per group: the original, renamed, for the first, copies for
 * the others; each site then calls its group's function. */
static void split(Cloner *c, const Candidate *cand)
{
    IrModule *m = c->m;
    uint32_t np = nparams(m, cand->fi), ngroups = cand->groups.len / np;
    uint32_t *func_of = xmalloc(sizeof *func_of * ngroups);
    StrId *names = xmalloc(sizeof *names * ngroups);
    for (uint32_t g = 0; g < ngroups; g++) names[g] = clone_name(m, cand, g, np);
    func_of[0] = cand->fi;
    for (uint32_t g = 1; g < ngroups; g++) {
        func_of[g] = ir_func_copy(m, (FuncId){cand->fi}, names[g]).id;
        redirect_calls(m, func_of[g], cand->fi, func_of[g]);
        vec_push(&c->fixed, 1);
    }
    m->funcs.data[cand->fi].name = names[0];
    c->fixed.data[cand->fi] = 1;
    for (uint32_t s = 0; s < cand->sites.len; s++) {
        CallSite site = cand->sites.data[s];
        m->funcs.data[site.fi].imms.data[site.inst.id] = func_of[cand->group_of.data[s]];
    }
    free(names);
    free(func_of);
}

static void free_candidates(Cloner *c)
{
    for (uint32_t k = 0; k < c->cands.len; k++) {
        Candidate *cand = &c->cands.data[k];
        vec_free(&cand->sites);
        vec_free(&cand->trial);
        vec_free(&cand->sig);
        vec_free(&cand->group_of);
        vec_free(&cand->groups);
    }
    vec_free(&c->cands);
    free(c->cand_of);
    c->cand_of = NULL;
}

/* One round: trial, grouping, splits.  Returns whether a function split. */
static bool clone_round(Cloner *c)
{
    find_candidates(c);
    bool split_any = false;
    if (c->cands.len) {
        run_trial(c);
        for (uint32_t k = 0; k < c->cands.len; k++) group_sites(c->m, &c->cands.data[k], nparams(c->m, c->cands.data[k].fi));
        defer_callees(c);
        for (uint32_t k = 0; k < c->cands.len; k++) {
            if (!c->cands.data[k].splits) continue;
            split(c, &c->cands.data[k]);
            split_any = true;
        }
    }
    free_candidates(c);
    return split_any;
}

bool pass_clone(PassContext *cx)
{
    Cloner c = {cx->m, cx->typed_lists, {0}, {0}, NULL};
    for (uint32_t fi = 0; fi < cx->m->funcs.len; fi++) vec_push(&c.fixed, 0);
    for (uint32_t round = 0; round < MAX_ROUNDS && clone_round(&c); round++) {}
    vec_free(&c.fixed);
    if (cx->types) {                         /* it described the module before the clones */
        pass_types_free(cx->types);
        cx->types = NULL;
    }
    return true;
}
