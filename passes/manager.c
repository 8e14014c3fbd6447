/* manager.c — the pass table and the pass manager: parses a pass list,
 * runs each pass over every function, verifies and dumps between passes
 * when asked (the dump goes to the caller's FILE, like DiagEngine.out) (QBE's checker-between-passes, LLVM's -verify-each). */
#include "passes/passes.h"

#include <string.h>

#define PASS_ROW_FUNC(fn) PASS_KIND_FUNC, fn, NULL
#define PASS_ROW_MODULE(fn) PASS_KIND_MODULE, NULL, fn
static const struct {
    const char *name;
    PassKind kind;
    PassFn *fn;              /* PASS_KIND_FUNC */
    ModulePassFn *module_fn; /* PASS_KIND_MODULE */
    const char *doc;
} passes[] = {
#define PASS(id, name, kind, fn, doc) {name, PASS_ROW_##kind(fn), doc},
#include "passes/passes.def"
#undef PASS
};

const char *pass_name(PassId p) { return p < PASS_COUNT ? passes[p].name : "<bad pass>"; }
const char *pass_description(PassId p) { return p < PASS_COUNT ? passes[p].doc : ""; }
PassKind pass_kind(PassId p) { return p < PASS_COUNT ? passes[p].kind : PASS_KIND_FUNC; }

PassId pass_lookup(const char *name, size_t len)
{
    uint32_t i = 0;
    while (i < PASS_COUNT && !ir_name_is(name, len, passes[i].name))
        i++;
    return (PassId)i;
}

const char *pass_default_pipeline(int opt_level)
{
    return opt_level <= 0 ? "ownership" : "simplify-cfg,dce,ownership";
}

/* Calls visit for each name of a comma-separated list, stopping when it
 * returns false; an empty list has no names, an empty item is one. */
typedef bool ListVisit(void *ctx, const char *name, size_t len);
static bool each_name(const char *list, ListVisit *visit, void *ctx)
{
    if (!list || !*list) return true;
    for (const char *s = list;;) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        if (!visit(ctx, s, len)) return false;
        if (!comma) return true;
        s = comma + 1;
    }
}

typedef struct CheckCtx { DiagEngine *diag; uint32_t problems; } CheckCtx;

static bool check_name(void *ctx, const char *name, size_t len)
{
    CheckCtx *c = ctx;
    if (len == 0) {
        diag_global(c->diag, DIAG_ERROR, "empty pass name in the pass list");
        c->problems++;
    } else if (pass_lookup(name, len) == PASS_COUNT) {
        diag_global(c->diag, DIAG_ERROR, "unknown pass '%.*s'", (int)len, name);
        c->problems++;
    }
    return true;
}

uint32_t pass_list_check(const char *list, const PassOptions *opt, DiagEngine *diag)
{
    CheckCtx c = {diag, 0};
    each_name(list, check_name, &c);
    const char *dump = opt ? opt->dump_after : NULL;
    if (dump && strcmp(dump, "all") != 0 && pass_lookup(dump, strlen(dump)) == PASS_COUNT) {
        diag_global(diag, DIAG_ERROR, "unknown pass '%s' in --dump-after", dump);
        c.problems++;
    }
    return c.problems;
}

typedef struct RunCtx {
    PassContext cx;
    const PassOptions *opt;
    bool typed;              /* specialize has run: verify strictly */
    uint32_t errors;
} RunCtx;

/* Runs pass p; false after a module pass reported errors. */
static bool run_pass(RunCtx *r, PassId p)
{
    if (passes[p].kind == PASS_KIND_MODULE) return passes[p].module_fn(&r->cx);
    bool changed = false;
    for (uint32_t f = 0; f < r->cx.m->funcs.len; f++) changed |= passes[p].fn(r->cx.m, (FuncId){f});
    if (changed && r->cx.types) {           /* the inferred types describe the old IR */
        pass_types_free(r->cx.types);
        r->cx.types = NULL;
    }
    return true;
}

static bool run_one(void *ctx, const char *name, size_t len)
{
    RunCtx *r = ctx;
    PassId p = pass_lookup(name, len);
    if (!run_pass(r, p)) {
        r->errors++;
        return false;
    }
    if (p == PASS_SPECIALIZE) r->typed = true;
    const PassOptions *opt = r->opt;
    if (opt && opt->dump_out && opt->dump_after &&
        (strcmp(opt->dump_after, "all") == 0 || strcmp(opt->dump_after, passes[p].name) == 0)) {
        StrBuf text;
        sb_init(&text);
        ir_module_print(r->cx.m, &text);
        fprintf(opt->dump_out, "; ---- IR after %s ----\n%s", passes[p].name, text.data ? text.data : "");
        sb_free(&text);
    }
    if (opt && opt->verify_each) {
        uint32_t errors = r->typed ? ir_verify(r->cx.m, r->cx.diag) : ir_verify_untyped(r->cx.m, r->cx.diag);
        if (errors) {
            diag_global(r->cx.diag, DIAG_NOTE, "the IR is invalid after pass '%s'", passes[p].name);
            r->errors += errors;
            return false;
        }
    }
    return true;
}

bool pass_run_list(IrModule *m, const char *list, const PassOptions *opt, DiagEngine *diag)
{
    if (pass_list_check(list, opt, diag)) return false;
    RunCtx r = {{m, diag, NULL, opt && opt->warn_dynamic, opt && opt->typed_lists}, opt, false, 0};
    each_name(list, run_one, &r);
    if (r.cx.types) pass_types_free(r.cx.types);
    return r.errors == 0;
}

typedef struct FindCtx { PassId p; bool found; } FindCtx;

static bool find_name(void *ctx, const char *name, size_t len)
{
    FindCtx *c = ctx;
    c->found |= pass_lookup(name, len) == c->p;
    return !c->found;
}

bool pass_list_contains(const char *list, PassId p)
{
    FindCtx c = {p, false};
    each_name(list, find_name, &c);
    return c.found;
}
