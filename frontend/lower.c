/* lower.c — lowering driver: module scan, function signatures, module
 * globals, scopes, and the per-function loop (lower_module).
 * Order: every signature and global is known before any body is lowered;
 * __module__ is lowered first (its stores type the globals that have no
 * annotation or literal initialiser), then the functions in source order. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- maps ------------------------------------------------------------------ */

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

uint32_t lower_smap_get(const LStrMap *m, const char *key)
{
    if (!m->cap) return IR_NONE_ID;
    for (uint32_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return IR_NONE_ID;
        if (strcmp(m->keys[i], key) == 0) return m->vals[i];
    }
}

static void smap_insert(LStrMap *m, const char *key, uint32_t val)
{
    for (uint32_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->len++;
            return;
        }
        if (strcmp(m->keys[i], key) == 0) {
            m->vals[i] = val;
            return;
        }
    }
}

void lower_smap_put(LStrMap *m, const char *key, uint32_t val)
{
    if ((m->len + 1) * 2 > m->cap) {
        LStrMap old = *m;
        m->cap = old.cap ? old.cap * 2 : 16;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->len = 0;
        for (uint32_t i = 0; i < old.cap; i++)
            if (old.keys[i]) smap_insert(m, old.keys[i], old.vals[i]);
        free(old.keys);
        free(old.vals);
    }
    smap_insert(m, key, val);
}

void lower_smap_free(LStrMap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static uint32_t hash_u64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return (uint32_t)k;
}

/* keys are stored +1 so that 0 marks an empty slot */
uint32_t lower_imap_get(const LIntMap *m, uint64_t key)
{
    if (!m->cap) return IR_NONE_ID;
    for (uint32_t i = hash_u64(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return IR_NONE_ID;
        if (m->keys[i] == key + 1) return m->vals[i];
    }
}

static void imap_insert(LIntMap *m, uint64_t key1, uint32_t val)
{
    for (uint32_t i = hash_u64(key1 - 1) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) {
            m->keys[i] = key1;
            m->vals[i] = val;
            m->len++;
            return;
        }
        if (m->keys[i] == key1) {
            m->vals[i] = val;
            return;
        }
    }
}

void lower_imap_put(LIntMap *m, uint64_t key, uint32_t val)
{
    if ((m->len + 1) * 2 > m->cap) {
        LIntMap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->len = 0;
        for (uint32_t i = 0; i < old.cap; i++)
            if (old.keys[i]) imap_insert(m, old.keys[i], old.vals[i]);
        free(old.keys);
        free(old.vals);
    }
    imap_insert(m, key + 1, val);
}

void lower_imap_free(LIntMap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- diagnostics and small queries ----------------------------------------- */

void lower_error(Lower *L, SrcLoc loc, const char *fmt, ...)
{
    L->nerrors++;
    if (L->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(L->diag, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
}

void lower_note(Lower *L, SrcLoc loc, const char *fmt, ...)
{
    if (L->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(L->diag, DIAG_NOTE, loc, fmt, ap);
    va_end(ap);
}

IrFunc *lower_irfn(Lower *L) { return ir_func(L->m, L->fn->id); }

TypeId lower_vtype(Lower *L, ValueId v) { return ir_value(lower_irfn(L), v)->type; }

/* The builtins of Python 3.11, so that an unsupported one is named as such
 * rather than called undefined. */
static const char *const py_builtins[] = {
    "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
    "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
    "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
    "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
    "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next",
    "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed",
    "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
    "tuple", "type", "vars", "zip", "__import__", "__name__", "__file__", "__doc__",
    "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError",
    "RuntimeError", "StopIteration", "AssertionError", "NotImplementedError", "OverflowError",
    "ArithmeticError", "AttributeError", "LookupError", "NameError", "OSError", "BaseException",
    "SystemExit", "KeyboardInterrupt", "NotImplemented", "Ellipsis",
};

bool lower_is_builtin(const char *name)
{
    for (size_t i = 0; i < sizeof py_builtins / sizeof *py_builtins; i++)
        if (strcmp(py_builtins[i], name) == 0) return true;
    return false;
}

/* The builtins the runtime implements on objects (py.builtin, py.builtin_ref). */
static const char *const generic_builtins[] = {
    "len", "sorted", "reversed", "enumerate", "zip", "sum", "min", "max", "any", "all", "list",
    "tuple", "set", "dict", "str", "repr", "int", "float", "bool", "chr", "ord", "isinstance",
    "abs", "round", "divmod", "range", "iter", "next", "map", "filter", "callable", "hex", "oct",
    "bin", "pow", "print",
};

bool lower_is_generic_builtin(const char *name)
{
    for (size_t i = 0; i < sizeof generic_builtins / sizeof *generic_builtins; i++)
        if (strcmp(generic_builtins[i], name) == 0) return true;
    return false;
}

/* ---- variables of comprehensions, and the hints of lower_module's retries ----- */

uint32_t lower_var_find(Lower *L, const char *name)
{
    for (uint32_t i = L->comp_vars.len; i-- > 0;)
        if (strcmp(L->comp_vars.data[i].name, name) == 0) return L->comp_vars.data[i].var;
    return lower_smap_get(&L->var_map, name);
}

static const char *var_hint_key(Lower *L, const char *name)
{
    return arena_sprintf(&L->arena, "%u:%s", (unsigned)(L->fn - L->funcs.data), name);
}

static LVar new_lvar(Lower *L, const char *name)
{
    LVar v;
    memset(&v, 0, sizeof v);
    v.name = name;
    v.sname = ir_intern_cstr(L->m, name);
    v.decl = ir_type(IR_NONE_ID);
    v.annot = IR_NONE_ID;
    v.global = IR_NONE_ID;
    v.dynamic = lower_smap_get(&L->hints->vars, var_hint_key(L, name)) != IR_NONE_ID;
    return v;
}

uint32_t lower_var_hidden(Lower *L, const char *name)
{
    vec_push(&L->vars, new_lvar(L, name));
    return L->vars.len - 1;
}

/* Adds key to map unless present; reports whether it was new. */
static bool add_hint(Lower *L, LStrMap *map, const char *key)
{
    if (lower_smap_get(map, key) != IR_NONE_ID) return false;
    lower_smap_put(map, arena_strndup(&L->hints->keys, key, strlen(key)), 1);
    L->hints->grew = true;
    L->nerrors++;                /* this attempt is discarded */
    return true;
}

bool lower_hint_var(Lower *L, uint32_t var)
{
    return add_hint(L, &L->hints->vars, var_hint_key(L, L->vars.data[var].name));
}

bool lower_hint_global(Lower *L, uint32_t global)
{
    return add_hint(L, &L->hints->globals, L->globals.data[global].name);
}

/* ---- walking the AST without recursion on expressions ----------------------- */

static void visit_list(const AstExprList *l, LowerExprVisit *f, void *ctx)
{
    for (uint32_t i = 0; i < l->len; i++)
        if (l->items[i]) f(ctx, l->items[i]);
}

static void visit_gens(const AstComprehensionList *g, LowerExprVisit *f, void *ctx)
{
    for (uint32_t i = 0; i < g->len; i++) {
        f(ctx, g->items[i]->target);
        f(ctx, g->items[i]->iter);
        visit_list(&g->items[i]->ifs, f, ctx);
    }
}

void lower_expr_children(const AstExpr *e, LowerExprVisit *f, void *ctx)
{
#define V(x) do { if (x) f(ctx, (x)); } while (0)
    switch (e->kind) {
    case AST_EXPR_BoolOp: visit_list(&e->v.BoolOp.values, f, ctx); break;
    case AST_EXPR_NamedExpr: V(e->v.NamedExpr.target); V(e->v.NamedExpr.value); break;
    case AST_EXPR_BinOp: V(e->v.BinOp.left); V(e->v.BinOp.right); break;
    case AST_EXPR_UnaryOp: V(e->v.UnaryOp.operand); break;
    case AST_EXPR_Lambda: V(e->v.Lambda.body); break;
    case AST_EXPR_IfExp: V(e->v.IfExp.test); V(e->v.IfExp.body); V(e->v.IfExp.orelse); break;
    case AST_EXPR_Dict: visit_list(&e->v.Dict.keys, f, ctx); visit_list(&e->v.Dict.values, f, ctx); break;
    case AST_EXPR_Set: visit_list(&e->v.Set.elts, f, ctx); break;
    case AST_EXPR_ListComp: case AST_EXPR_SetComp: case AST_EXPR_GeneratorExp:
        V(e->v.Comp.elt); visit_gens(&e->v.Comp.generators, f, ctx); break;
    case AST_EXPR_DictComp:
        V(e->v.DictComp.key); V(e->v.DictComp.value); visit_gens(&e->v.DictComp.generators, f, ctx);
        break;
    case AST_EXPR_Await: case AST_EXPR_YieldFrom: V(e->v.Await.value); break;
    case AST_EXPR_Yield: V(e->v.Yield.value); break;
    case AST_EXPR_Compare: V(e->v.Compare.left); visit_list(&e->v.Compare.comparators, f, ctx); break;
    case AST_EXPR_Call:
        V(e->v.Call.func);
        visit_list(&e->v.Call.args, f, ctx);
        for (uint32_t i = 0; i < e->v.Call.keywords.len; i++) V(e->v.Call.keywords.items[i]->value);
        break;
    case AST_EXPR_FormattedValue: V(e->v.FormattedValue.value); V(e->v.FormattedValue.format_spec); break;
    case AST_EXPR_JoinedStr: visit_list(&e->v.JoinedStr.values, f, ctx); break;
    case AST_EXPR_Attribute: V(e->v.Attribute.value); break;
    case AST_EXPR_Subscript: V(e->v.Subscript.value); V(e->v.Subscript.slice); break;
    case AST_EXPR_Starred: V(e->v.Starred.value); break;
    case AST_EXPR_List: case AST_EXPR_Tuple: visit_list(&e->v.Seq.elts, f, ctx); break;
    case AST_EXPR_Slice: V(e->v.Slice.lower); V(e->v.Slice.upper); V(e->v.Slice.step); break;
    default: break;
    }
#undef V
}

typedef VEC(const AstExpr *) AstExprPtrs;

/* What a scope does with names: binds (stores), reads, declares global,
 * and whether it calls anything or returns a value. */
typedef struct ScopeScan {
    LStrMap stores;              /* name -> first SrcLoc index into locs */
    LStrMap loads;
    LStrMap globals;             /* `global` names -> loc index */
    VEC(SrcLoc) locs;
    bool has_call;
    bool returns_value;
    AstExprPtrs work;
    AstExprPtrs *lambdas;        /* when set, every lambda met is appended (not its body) */
} ScopeScan;

static void scan_push(void *ctx, const AstExpr *e)
{
    ScopeScan *s = ctx;
    vec_push(&s->work, e);
}

static void scan_free(ScopeScan *s);
static void scan_expr(ScopeScan *s, const AstExpr *root);

static bool is_comprehension(const AstExpr *e)
{
    return e->kind == AST_EXPR_ListComp || e->kind == AST_EXPR_SetComp ||
           e->kind == AST_EXPR_DictComp || e->kind == AST_EXPR_GeneratorExp;
}

static const AstComprehensionList *comp_generators(const AstExpr *e)
{
    return e->kind == AST_EXPR_DictComp ? &e->v.DictComp.generators : &e->v.Comp.generators;
}

/* A comprehension is a scope of its own: its targets bind nothing outside,
 * but the names it reads (other than its targets) are reads of this scope,
 * and its first iterable is evaluated here. */
static void scan_comprehension(ScopeScan *s, const AstExpr *e)
{
    const AstComprehensionList *g = comp_generators(e);
    vec_push(&s->work, g->items[0]->iter);
    ScopeScan in;
    memset(&in, 0, sizeof in);
    in.lambdas = s->lambdas;
    if (e->kind == AST_EXPR_DictComp) {
        scan_expr(&in, e->v.DictComp.key);
        scan_expr(&in, e->v.DictComp.value);
    } else {
        scan_expr(&in, e->v.Comp.elt);
    }
    for (uint32_t i = 0; i < g->len; i++) {
        scan_expr(&in, g->items[i]->target);
        if (i) scan_expr(&in, g->items[i]->iter);
        for (uint32_t k = 0; k < g->items[i]->ifs.len; k++) scan_expr(&in, g->items[i]->ifs.items[k]);
    }
    for (uint32_t i = 0; i < in.loads.cap; i++) {
        const char *n = in.loads.keys[i];
        if (!n || lower_smap_get(&in.stores, n) != IR_NONE_ID || lower_smap_get(&s->loads, n) != IR_NONE_ID)
            continue;
        vec_push(&s->locs, in.locs.data[in.loads.vals[i]]);
        lower_smap_put(&s->loads, n, s->locs.len - 1);
    }
    if (in.has_call) s->has_call = true;
    scan_free(&in);
}

static void scan_expr(ScopeScan *s, const AstExpr *root)
{
    if (!root) return;
    vec_push(&s->work, root);
    while (s->work.len) {
        const AstExpr *e = vec_pop(&s->work);
        if (e->kind == AST_EXPR_Call) s->has_call = true;
        if (e->kind == AST_EXPR_Name) {
            LStrMap *m = e->v.Name.ctx == AST_CTX_Load ? &s->loads : &s->stores;
            if (lower_smap_get(m, e->v.Name.id) == IR_NONE_ID) {
                vec_push(&s->locs, e->loc);
                lower_smap_put(m, e->v.Name.id, s->locs.len - 1);
            }
        }
        if (e->kind == AST_EXPR_Lambda) {           /* own scope: a function of its own */
            if (s->lambdas) vec_push(s->lambdas, e);
            continue;
        }
        if (is_comprehension(e)) {
            scan_comprehension(s, e);
            continue;
        }
        lower_expr_children(e, scan_push, s);
    }
}

static void scan_stmts(ScopeScan *s, const AstStmtList *body);

/* A name a statement binds without an expression (def, class). */
static void scan_bind(ScopeScan *s, const char *name, SrcLoc loc)
{
    if (lower_smap_get(&s->stores, name) != IR_NONE_ID) return;
    vec_push(&s->locs, loc);
    lower_smap_put(&s->stores, name, s->locs.len - 1);
}

static void scan_stmt(ScopeScan *s, const AstStmt *st)
{
    switch (st->kind) {
    case AST_STMT_FunctionDef: case AST_STMT_AsyncFunctionDef:
        scan_bind(s, st->v.FunctionDef.name, st->loc);   /* its scope is rejected when lowered */
        break;
    case AST_STMT_ClassDef:
        scan_bind(s, st->v.ClassDef.name, st->loc);
        break;
    case AST_STMT_Return:
        if (st->v.Return.value) s->returns_value = true;
        scan_expr(s, st->v.Return.value);
        break;
    case AST_STMT_Delete:
        for (uint32_t i = 0; i < st->v.Delete.targets.len; i++) scan_expr(s, st->v.Delete.targets.items[i]);
        break;
    case AST_STMT_Assign:
        for (uint32_t i = 0; i < st->v.Assign.targets.len; i++) scan_expr(s, st->v.Assign.targets.items[i]);
        scan_expr(s, st->v.Assign.value);
        break;
    case AST_STMT_AugAssign:
        scan_expr(s, st->v.AugAssign.target);
        scan_expr(s, st->v.AugAssign.value);
        break;
    case AST_STMT_AnnAssign:
        scan_expr(s, st->v.AnnAssign.target);
        scan_expr(s, st->v.AnnAssign.value);
        break;
    case AST_STMT_For: case AST_STMT_AsyncFor:
        scan_expr(s, st->v.For.target);
        scan_expr(s, st->v.For.iter);
        scan_stmts(s, &st->v.For.body);
        scan_stmts(s, &st->v.For.orelse);
        break;
    case AST_STMT_While:
        scan_expr(s, st->v.While.test);
        scan_stmts(s, &st->v.While.body);
        scan_stmts(s, &st->v.While.orelse);
        break;
    case AST_STMT_If:
        for (;;) {               /* elif chains iteratively */
            scan_expr(s, st->v.If.test);
            scan_stmts(s, &st->v.If.body);
            if (st->v.If.orelse.len == 1 && st->v.If.orelse.items[0]->kind == AST_STMT_If) {
                st = st->v.If.orelse.items[0];
                continue;
            }
            scan_stmts(s, &st->v.If.orelse);
            break;
        }
        break;
    case AST_STMT_Global:
        for (uint32_t i = 0; i < st->v.Global.names.len; i++) {
            const char *n = st->v.Global.names.items[i];
            if (lower_smap_get(&s->globals, n) == IR_NONE_ID) {
                vec_push(&s->locs, st->loc);
                lower_smap_put(&s->globals, n, s->locs.len - 1);
            }
        }
        break;
    case AST_STMT_Expr: scan_expr(s, st->v.Expr.value); break;
    case AST_STMT_Assert:
        scan_expr(s, st->v.Assert.test);
        scan_expr(s, st->v.Assert.msg);
        break;
    default: break;              /* the rest is rejected when lowered */
    }
}

static void scan_stmts(ScopeScan *s, const AstStmtList *body)
{
    for (uint32_t i = 0; i < body->len; i++) scan_stmt(s, body->items[i]);
}

static void scan_free(ScopeScan *s)
{
    lower_smap_free(&s->stores);
    lower_smap_free(&s->loads);
    lower_smap_free(&s->globals);
    vec_free(&s->locs);
    vec_free(&s->work);
}

/* ---- signatures --------------------------------------------------------------- */

static bool is_def(const AstStmt *s)
{
    return s->kind == AST_STMT_FunctionDef || s->kind == AST_STMT_AsyncFunctionDef;
}

/* def f(a: T, b: U) -> R: only plain annotated positional parameters.  A
 * named function is entered in func_map; a lifted lambda is not. */
static void declare_function(Lower *L, const AstStmt *s, bool named)
{
    const AstFunctionDef *fd = &s->v.FunctionDef;
    if (s->kind == AST_STMT_AsyncFunctionDef) {
        lower_error(L, s->loc, "unsupported: async function definition");
        return;
    }
    if (named && lower_smap_get(&L->func_map, fd->name) != IR_NONE_ID) {
        lower_error(L, s->loc, "unsupported: redefinition of function '%s'", fd->name);
        return;
    }
    bool ok = true;
    if (fd->decorator_list.len) {
        lower_error(L, fd->decorator_list.items[0]->loc, "unsupported: decorator");
        ok = false;
    }
    const AstArguments *a = fd->args;
    if (a->vararg) {
        lower_error(L, a->vararg->loc, "unsupported: *args parameter");
        ok = false;
    }
    if (a->kwarg) {
        lower_error(L, a->kwarg->loc, "unsupported: **kwargs parameter");
        ok = false;
    }
    if (a->kwonlyargs.len) {
        lower_error(L, a->kwonlyargs.items[0]->loc, "unsupported: keyword-only parameter");
        ok = false;
    }
    if (a->defaults.len) {
        lower_error(L, a->defaults.items[0]->loc, "unsupported: default parameter value");
        ok = false;
    }
    uint32_t n = a->posonlyargs.len + a->args.len;
    LFunc fn;
    memset(&fn, 0, sizeof fn);
    fn.def = s;
    fn.name = fd->name;
    fn.nparams = n;
    fn.param_names = arena_zalloc(&L->arena, sizeof *fn.param_names * (n + 1));
    fn.param_types = arena_zalloc(&L->arena, sizeof *fn.param_types * (n + 1));
    fn.param_locs = arena_zalloc(&L->arena, sizeof *fn.param_locs * (n + 1));
    StrId *pnames = arena_zalloc(&L->arena, sizeof *pnames * (n + 1));
    IrAnnot *annots = arena_zalloc(&L->arena, sizeof *annots * (n + 1));   /* params, then the return */
    for (uint32_t i = 0; i < n; i++) {
        const AstArg *arg = i < a->posonlyargs.len ? a->posonlyargs.items[i]
                                                   : a->args.items[i - a->posonlyargs.len];
        fn.param_names[i] = arg->arg;
        fn.param_locs[i] = arg->loc;
        pnames[i] = ir_intern_cstr(L->m, arg->arg);
        for (uint32_t j = 0; j < i; j++)
            if (strcmp(fn.param_names[j], arg->arg) == 0) {
                lower_error(L, arg->loc, "duplicate argument '%s' in function definition", arg->arg);
                ok = false;
            }
        annots[i] = (IrAnnot){ir_type(IR_NONE_ID), pnames[i], {0, 0, 0}};
        if (!arg->annotation) {
            fn.param_types[i] = ir_type(IR_TYPE_UNKNOWN);   /* inferred (typeinfer) */
            continue;
        }
        TypeId ann = lower_annotation(L, arg->annotation);
        fn.param_types[i] = lower_slot_type(L, ann);
        if (!lower_unknown(ann)) annots[i] = (IrAnnot){ann, pnames[i], arg->annotation->loc};
    }
    annots[n] = (IrAnnot){ir_type(IR_NONE_ID), {IR_NONE_ID}, {0, 0, 0}};
    fn.ret_annot = ir_type(IR_TYPE_UNKNOWN);
    if (fd->returns) {
        fn.ret_annot = lower_annotation(L, fd->returns);
        fn.ret = lower_slot_type(L, fn.ret_annot);
        fn.ret_loc = fd->returns->loc;
        fn.ret_annotated = true;
        if (!lower_unknown(fn.ret_annot)) annots[n] = (IrAnnot){fn.ret_annot, {IR_NONE_ID}, fd->returns->loc};
    } else {
        ScopeScan sc;
        memset(&sc, 0, sizeof sc);
        scan_stmts(&sc, &fd->body);
        fn.ret = ir_type(sc.returns_value ? IR_TYPE_UNKNOWN : IR_TYPE_NONE);
        fn.ret_loc = s->loc;
        scan_free(&sc);
    }
    fn.sig_ok = ok;
    TypeId ft = ir_type_func(L->m, fn.param_types, n, fn.ret);
    fn.id = ir_func_new(L->m, ir_intern_cstr(L->m, fd->name), ft, pnames, s->loc);
    for (uint32_t i = 0; i <= n; i++)
        if (ir_valid(annots[i].type.id)) ir_func_set_annot(ir_func(L->m, fn.id), i, annots[i]);
    vec_push(&L->funcs, fn);
    if (named) lower_smap_put(&L->func_map, fd->name, L->funcs.len - 1);
}

/* ---- lambdas ------------------------------------------------------------------ */

/* A lambda is lifted to a module-level function `def lambda_LINE(args):
 * return body` (lambda_LINE_COL when a def or another lambda has that name);
 * the lambda expression is then a reference to it.  That is exact as long
 * as its body reads no local of an enclosing scope (lower_lambda checks):
 * every other name it reads is a global, a function or a builtin, looked
 * up when it is called, as in CPython. */
#define LAMBDA_FAILED (IR_NONE_ID - 1)      /* its declaration reported an error */

static const char *lambda_name(Lower *L, LStrMap *taken, const AstExpr *e)
{
    const char *name = arena_sprintf(&L->arena, "lambda_%u", e->loc.line);
    if (lower_smap_get(&L->func_map, name) != IR_NONE_ID || lower_smap_get(taken, name) != IR_NONE_ID)
        name = arena_sprintf(&L->arena, "lambda_%u_%u", e->loc.line, e->loc.col);
    while (lower_smap_get(&L->func_map, name) != IR_NONE_ID || lower_smap_get(taken, name) != IR_NONE_ID)
        name = arena_sprintf(&L->arena, "%s_", name);
    lower_smap_put(taken, name, 0);
    return name;
}

static void declare_lambda(Lower *L, LStrMap *taken, const AstExpr *e)
{
    AstStmt *ret = arena_zalloc(&L->arena, sizeof *ret);
    ret->kind = AST_STMT_Return;
    ret->loc = e->v.Lambda.body->loc;
    ret->v.Return.value = e->v.Lambda.body;
    AstStmt *def = arena_zalloc(&L->arena, sizeof *def);
    def->kind = AST_STMT_FunctionDef;
    def->loc = e->loc;
    def->v.FunctionDef.name = lambda_name(L, taken, e);
    def->v.FunctionDef.args = e->v.Lambda.args;
    def->v.FunctionDef.body.items = arena_alloc(&L->arena, sizeof *def->v.FunctionDef.body.items);
    def->v.FunctionDef.body.items[0] = ret;
    def->v.FunctionDef.body.len = 1;
    uint32_t before = L->funcs.len;
    declare_function(L, def, false);
    lower_imap_put(&L->lambda_map, (uint64_t)(uintptr_t)e, L->funcs.len > before ? before : LAMBDA_FAILED);
}

static int by_position(const void *a, const void *b)
{
    SrcLoc x = (*(const AstExpr *const *)a)->loc, y = (*(const AstExpr *const *)b)->loc;
    if (x.line != y.line) return x.line < y.line ? -1 : 1;
    return x.col < y.col ? -1 : x.col > y.col;
}

/* Declares every lambda of the module, the ones in lambdas too, after the
 * defs (so their names never take a def's). */
static void declare_lambdas(Lower *L, const AstModule *ast)
{
    AstExprPtrs found = {0};
    ScopeScan sc;
    memset(&sc, 0, sizeof sc);
    sc.lambdas = &found;
    for (uint32_t i = 0; i < ast->body.len; i++) {
        const AstStmt *st = ast->body.items[i];
        if (st->kind == AST_STMT_FunctionDef) scan_stmts(&sc, &st->v.FunctionDef.body);
        else scan_stmt(&sc, st);
    }
    scan_free(&sc);
    if (found.len) qsort(found.data, found.len, sizeof *found.data, by_position);   /* names in source order */
    LStrMap taken = {0};
    for (uint32_t i = 0; i < found.len; i++) {   /* grows with the lambdas inside lambdas */
        declare_lambda(L, &taken, found.data[i]);
        memset(&sc, 0, sizeof sc);
        sc.lambdas = &found;
        scan_expr(&sc, found.data[i]->v.Lambda.body);
        scan_free(&sc);
    }
    lower_smap_free(&taken);
    vec_free(&found);
}

static bool is_comp_var(const Lower *L, uint32_t var)
{
    for (uint32_t i = 0; i < L->comp_vars.len; i++)
        if (L->comp_vars.data[i].var == var) return true;
    return false;
}

/* The variable of the first name the lambda's body reads that is a local
 * of a scope around the lambda (a closure would have to capture it), or
 * IR_NONE_ID; *at is where it is read. */
static uint32_t captured_local(Lower *L, const AstExpr *e, SrcLoc *at)
{
    ScopeScan sc;
    memset(&sc, 0, sizeof sc);
    scan_expr(&sc, e->v.Lambda.body);
    uint32_t found = IR_NONE_ID;
    SrcLoc first = {0, 0, 0};
    const AstArguments *a = e->v.Lambda.args;
    for (uint32_t i = 0; i < sc.loads.cap; i++) {
        const char *n = sc.loads.keys[i];
        if (!n || lower_smap_get(&sc.stores, n) != IR_NONE_ID) continue;
        bool param = false;
        for (uint32_t k = 0; k < a->posonlyargs.len + a->args.len; k++) {
            const AstArg *arg = k < a->posonlyargs.len ? a->posonlyargs.items[k]
                                                       : a->args.items[k - a->posonlyargs.len];
            if (strcmp(arg->arg, n) == 0) param = true;
        }
        uint32_t vi = param ? IR_NONE_ID : lower_var_find(L, n);
        if (vi == IR_NONE_ID || L->vars.data[vi].global != IR_NONE_ID) continue;
        SrcLoc read = sc.locs.data[sc.loads.vals[i]];
        if (found == IR_NONE_ID || read.line < first.line || (read.line == first.line && read.col < first.col)) {
            found = vi;
            first = read;
        }
    }
    scan_free(&sc);
    *at = first;
    return found;
}

ValueId lower_lambda(Lower *L, const AstExpr *e)
{
    uint32_t fi = lower_imap_get(&L->lambda_map, (uint64_t)(uintptr_t)e);
    if (fi == LAMBDA_FAILED) {
        L->nerrors++;
        return lv_poison();
    }
    if (fi == IR_NONE_ID) {      /* in a statement the declaration scan does not enter */
        lower_error(L, e->loc, "unsupported: lambda here");
        return lv_poison();
    }
    SrcLoc at;
    uint32_t local = captured_local(L, e, &at);
    if (local != IR_NONE_ID) {
        lower_error(L, at, "unsupported: lambda reading '%s', a variable of the enclosing %s "
                           "(closures arrive in a later tier)",
                    L->vars.data[local].name, is_comp_var(L, local) ? "comprehension" : "function");
        L->funcs.data[fi].rejected = true;
        return lv_poison();
    }
    L->b.loc = e->loc;
    return ir_emit(&L->b, IR_PY_FUNC_REF, L->funcs.data[fi].id.id, NULL, 0, ir_type(IR_TYPE_UNKNOWN));
}

/* ---- module globals ---------------------------------------------------------- */

/* The type and pool entry of a literal a global can be initialised with. */
static bool literal_init(Lower *L, const AstExpr *e, TypeId *type, uint64_t *init)
{
    bool neg = false;
    if (e && e->kind == AST_EXPR_UnaryOp && e->v.UnaryOp.op == AST_UNARY_USub) {
        neg = true;
        e = e->v.UnaryOp.operand;
    }
    if (!e || e->kind != AST_EXPR_Constant) return false;
    const AstConstant *c = &e->v.Constant;
    switch (c->kind) {
    case AST_CONST_Int:
        if (c->v.i.overflows_i64) return false;
        vec_push(&L->m->ints, neg ? -c->v.i.value : c->v.i.value);
        *type = ir_type(IR_TYPE_INT);
        *init = L->m->ints.len - 1;
        return true;
    case AST_CONST_Float:
        vec_push(&L->m->floats, neg ? -c->v.f : c->v.f);
        *type = ir_type(IR_TYPE_FLOAT);
        *init = L->m->floats.len - 1;
        return true;
    case AST_CONST_True: case AST_CONST_False:
        if (neg) return false;
        *type = ir_type(IR_TYPE_BOOL);
        *init = c->kind == AST_CONST_True;
        return true;
    case AST_CONST_Str:
        if (neg) return false;
        *type = ir_type(IR_TYPE_STR);
        *init = ir_intern(L->m, c->v.s.data, c->v.s.len).id;
        return true;
    default:
        return false;
    }
}

/* Per module-level name: how it is bound at top level. */
typedef struct ModName {
    const char *name;
    uint32_t nbind;              /* binding statements at module level */
    const AstStmt *first;        /* the first one */
    uint32_t first_index;        /* its top-level statement index */
    bool first_top;              /* it is that top-level statement itself */
    uint32_t first_load;         /* first top-level statement reading it */
    const AstExpr *ann;          /* first module-level annotation */
    bool global;                 /* read or global-assigned in a function */
    bool func_assigned;          /* some function declares it global and binds it */
    SrcLoc loc;
} ModName;

typedef VEC(ModName) ModNameVec;

static ModName *modname(ModNameVec *v, LStrMap *map, const char *name)
{
    uint32_t i = lower_smap_get(map, name);
    if (i == IR_NONE_ID) {
        ModName mn;
        memset(&mn, 0, sizeof mn);
        mn.name = name;
        mn.first_load = UINT32_MAX;
        vec_push(v, mn);
        i = v->len - 1;
        lower_smap_put(map, name, i);
    }
    return &v->data[i];
}

/* Records the bindings and annotations of one module-level statement
 * (recursing into compound statements, never into definitions). */
static void note_bindings(ModNameVec *v, LStrMap *map, const AstStmt *st, uint32_t index, bool top)
{
    ScopeScan sc;
    memset(&sc, 0, sizeof sc);
    scan_stmt(&sc, st);
    for (uint32_t i = 0; i < sc.stores.cap; i++) {
        if (!sc.stores.keys[i]) continue;
        ModName *mn = modname(v, map, sc.stores.keys[i]);
        if (mn->nbind++ == 0) {
            mn->first = st;
            mn->first_index = index;
            mn->first_top = top;
            mn->loc = sc.locs.data[sc.stores.vals[i]];
        }
    }
    for (uint32_t i = 0; i < sc.loads.cap; i++) {
        if (!sc.loads.keys[i]) continue;
        ModName *mn = modname(v, map, sc.loads.keys[i]);
        if (mn->first_load == UINT32_MAX) mn->first_load = index;
    }
    scan_free(&sc);
}

static void find_annotations(ModNameVec *v, LStrMap *map, const AstStmtList *body)
{
    for (uint32_t i = 0; i < body->len; i++) {
        const AstStmt *st = body->items[i];
        switch (st->kind) {
        case AST_STMT_AnnAssign:
            if (st->v.AnnAssign.target->kind == AST_EXPR_Name) {
                ModName *mn = modname(v, map, st->v.AnnAssign.target->v.Name.id);
                if (!mn->ann) mn->ann = st->v.AnnAssign.annotation;
            }
            break;
        case AST_STMT_If:
            find_annotations(v, map, &st->v.If.body);
            find_annotations(v, map, &st->v.If.orelse);
            break;
        case AST_STMT_While:
            find_annotations(v, map, &st->v.While.body);
            find_annotations(v, map, &st->v.While.orelse);
            break;
        case AST_STMT_For:
            find_annotations(v, map, &st->v.For.body);
            find_annotations(v, map, &st->v.For.orelse);
            break;
        default: break;
        }
    }
}

static bool is_literal_assign(const AstStmt *st, const char *name)
{
    if (st->kind == AST_STMT_Assign)
        return st->v.Assign.targets.len == 1 && st->v.Assign.targets.items[0]->kind == AST_EXPR_Name &&
               strcmp(st->v.Assign.targets.items[0]->v.Name.id, name) == 0;
    if (st->kind == AST_STMT_AnnAssign)
        return st->v.AnnAssign.value && st->v.AnnAssign.target->kind == AST_EXPR_Name;
    return false;
}

static const AstExpr *assigned_value(const AstStmt *st)
{
    return st->kind == AST_STMT_Assign ? st->v.Assign.value : st->v.AnnAssign.value;
}

/* Decides which module-level names are globals (IrGlobal) and how they
 * start: see the rules in lower.h's issue (has_init, is_constant). */
static void declare_globals(Lower *L, const AstModule *ast)
{
    ModNameVec names = {0};
    LStrMap map = {0};
    uint32_t first_call = UINT32_MAX;
    for (uint32_t i = 0; i < ast->body.len; i++) {
        const AstStmt *st = ast->body.items[i];
        if (is_def(st)) continue;
        note_bindings(&names, &map, st, i, true);
        if (first_call == UINT32_MAX) {
            ScopeScan sc;
            memset(&sc, 0, sizeof sc);
            scan_stmt(&sc, st);
            if (sc.has_call || st->kind == AST_STMT_ClassDef) first_call = i;
            scan_free(&sc);
        }
    }
    find_annotations(&names, &map, &ast->body);
    /* what each function does with module names */
    for (uint32_t k = 0; k < L->funcs.len; k++) {
        const AstStmt *def = L->funcs.data[k].def;
        ScopeScan sc;
        memset(&sc, 0, sizeof sc);
        scan_stmts(&sc, &def->v.FunctionDef.body);
        for (uint32_t i = 0; i < sc.globals.cap; i++) {
            if (!sc.globals.keys[i]) continue;
            const char *n = sc.globals.keys[i];
            ModName *mn = modname(&names, &map, n);
            mn->global = true;
            if (!mn->nbind && !mn->loc.line) mn->loc = sc.locs.data[sc.globals.vals[i]];
            if (lower_smap_get(&sc.stores, n) != IR_NONE_ID) mn->func_assigned = true;
        }
        for (uint32_t i = 0; i < sc.loads.cap; i++) {
            if (!sc.loads.keys[i]) continue;
            const char *n = sc.loads.keys[i];
            uint32_t mi = lower_smap_get(&map, n);
            if (mi == IR_NONE_ID || !names.data[mi].nbind) continue;
            bool local = lower_smap_get(&sc.stores, n) != IR_NONE_ID;
            for (uint32_t p = 0; p < L->funcs.data[k].nparams; p++)
                if (strcmp(L->funcs.data[k].param_names[p], n) == 0) local = true;
            if (!local || lower_smap_get(&sc.globals, n) != IR_NONE_ID) names.data[mi].global = true;
        }
        scan_free(&sc);
    }
    for (uint32_t i = 0; i < names.len; i++) {
        ModName *mn = &names.data[i];
        if (!mn->global) continue;
        if (lower_smap_get(&L->func_map, mn->name) != IR_NONE_ID) {
            lower_error(L, mn->loc, "unsupported: '%s' is both a function and a variable", mn->name);
            continue;
        }
        LGlobal g;
        memset(&g, 0, sizeof g);
        g.name = mn->name;
        g.type = ir_type(IR_TYPE_OBJECT);
        TypeId lit_type = {IR_NONE_ID};
        uint64_t init = 0;
        bool lit = mn->nbind && mn->first_top && is_literal_assign(mn->first, mn->name) &&
                   mn->first_index < first_call && mn->first_load > mn->first_index &&
                   literal_init(L, assigned_value(mn->first), &lit_type, &init);
        TypeId ann = mn->ann ? lower_annotation(L, mn->ann) : ir_type(IR_TYPE_UNKNOWN);
        if (mn->ann) {
            g.type = lower_slot_type(L, ann);
            g.typed = true;
            g.annotated = !lower_unknown(g.type);
            g.type_loc = mn->ann->loc;
        }
        /* assigned values of different types (a previous attempt found out) */
        if (!g.annotated && lower_smap_get(&L->hints->globals, mn->name) != IR_NONE_ID) {
            g.type = ir_type(IR_TYPE_UNKNOWN);
            g.typed = true;
            lit = false;
        }
        if (lit && g.typed && g.type.id != lit_type.id) {
            lit = false;         /* reported when the statement is lowered */
        } else if (lit && !g.typed) {
            g.type = lit_type;
            g.typed = true;
            g.type_loc = assigned_value(mn->first)->loc;
        }
        g.id = ir_global_new(L->m, ir_intern_cstr(L->m, mn->name), g.type, mn->loc);
        IrGlobal *ig = ir_global(L->m, g.id);
        if (!lower_unknown(ann)) ig->annot = (IrAnnot){ann, ig->name, mn->ann->loc};
        if (lit) {
            g.init_stmt = mn->first;
            ig->has_init = true;
            ig->init = init;
            ig->is_constant = mn->nbind == 1 && !mn->func_assigned;
        }
        vec_push(&L->globals, g);
        lower_smap_put(&L->global_map, mn->name, L->globals.len - 1);
    }
    vec_free(&names);
    lower_smap_free(&map);
}

/* ---- scopes and functions ------------------------------------------------------ */

static uint32_t add_var(Lower *L, const char *name)
{
    uint32_t i = lower_smap_get(&L->var_map, name);
    if (i != IR_NONE_ID) return i;
    vec_push(&L->vars, new_lvar(L, name));
    lower_smap_put(&L->var_map, name, L->vars.len - 1);
    return L->vars.len - 1;
}

/* Annotated locals: x: T anywhere in the scope applies to all of it: a
 * scalar (or tuple) T fixes x's type, any other is checked at each store
 * (the annotation gets a slot in IrFunc.annots). */
static void declare_annotations(Lower *L, const AstStmtList *body)
{
    for (uint32_t i = 0; i < body->len; i++) {
        const AstStmt *st = body->items[i];
        switch (st->kind) {
        case AST_STMT_AnnAssign: {
            const AstExpr *t = st->v.AnnAssign.target;
            if (t->kind != AST_EXPR_Name) break;     /* rejected when lowered */
            uint32_t vi = lower_smap_get(&L->var_map, t->v.Name.id);
            if (vi == IR_NONE_ID) vi = add_var(L, t->v.Name.id);
            LVar *v = &L->vars.data[vi];
            if (v->global != IR_NONE_ID) {
                if (!L->is_module) lower_error(L, t->loc, "annotated name '%s' can't be global", v->name);
                break;
            }
            const AstExpr *ann = st->v.AnnAssign.annotation;
            TypeId ty = lower_annotation(L, ann);
            if (lower_unknown(ty)) break;                       /* `?`: as if unannotated */
            v = &L->vars.data[vi];
            IrFunc *f = lower_irfn(L);
            const IrAnnot *old = v->annot != IR_NONE_ID ? ir_func_annot(f, v->annot) : NULL;
            if (!old) {
                if (!lower_unknown(lower_slot_type(L, ty))) v->decl = ty;
                v->decl_loc = ann->loc;
                uint32_t nslots = ir_type_nparams(L->m, f->type);   /* parameters and the return */
                v->annot = f->annots.len > nslots ? f->annots.len : nslots;
                ir_func_set_annot(f, v->annot, (IrAnnot){ty, v->sname, ann->loc});
            } else if (old->type.id != ty.id) {
                lower_error(L, ann->loc, "unsupported: '%s' is annotated '%s' and '%s'", v->name,
                            lower_type_name(L, old->type), lower_type_name(L, ty));
                lower_note(L, v->decl_loc, "'%s' was annotated here", v->name);
            }
            break;
        }
        case AST_STMT_If:
            declare_annotations(L, &st->v.If.body);
            declare_annotations(L, &st->v.If.orelse);
            break;
        case AST_STMT_While:
            declare_annotations(L, &st->v.While.body);
            declare_annotations(L, &st->v.While.orelse);
            break;
        case AST_STMT_For:
            declare_annotations(L, &st->v.For.body);
            declare_annotations(L, &st->v.For.orelse);
            break;
        default: break;
        }
    }
}

static void begin_scope(Lower *L, LFunc *fn, bool is_module)
{
    L->fn = fn;
    L->is_module = is_module;
    L->vars.len = 0;
    lower_smap_free(&L->var_map);
    L->comp_vars.len = 0;
    L->loops.len = 0;
    L->depth = 0;
    L->depth_reported = false;
    ir_builder_init(&L->b, L->m, fn->id);
    L->b.loc = is_module ? (SrcLoc){0, 0, 0} : fn->def->loc;
    ssa_begin(L);
}

/* Lowers one body into the current function and closes it. */
static void lower_body(Lower *L, const AstStmtList *body)
{
    lower_stmts(L, body);
    if (ssa_live(L)) {
        TypeId ret = L->fn->ret, ann = L->fn->def ? L->fn->ret_annot : ret;
        if (ret.id == IR_TYPE_NONE || (lower_unknown(ret) && lower_admits_none(L, ann))) {
            ValueId none = ir_const_none(&L->b);        /* `?`: None joins the returns */
            ssa_ret(L, none, L->b.loc);
        } else {
            SrcLoc at = L->fn->def->loc;
            lower_error(L, at, "unsupported: function '%s' may reach its end without returning %s",
                        L->fn->name, lower_type_an(L, ann));
            lower_note(L, L->fn->ret_loc, "CPython would return None there, not %s",
                       lower_type_an(L, ann));
        }
    }
    ssa_finish(L);
    ssa_end(L);
}

static void lower_function(Lower *L, LFunc *fn)
{
    begin_scope(L, fn, false);
    const AstFunctionDef *fd = &fn->def->v.FunctionDef;
    ScopeScan sc;
    memset(&sc, 0, sizeof sc);
    scan_stmts(&sc, &fd->body);
    for (uint32_t i = 0; i < fn->nparams; i++) {
        uint32_t vi = add_var(L, fn->param_names[i]);
        /* an unannotated parameter is an undeclared local holding a `?` */
        if (!lower_unknown(fn->param_types[i])) L->vars.data[vi].decl = fn->param_types[i];
        L->vars.data[vi].decl_loc = fn->param_locs[i];
        if (ir_func_annot(lower_irfn(L), i)) L->vars.data[vi].annot = i;
        if (lower_smap_get(&sc.globals, fn->param_names[i]) != IR_NONE_ID)
            lower_error(L, sc.locs.data[lower_smap_get(&sc.globals, fn->param_names[i])],
                        "name '%s' is parameter and global", fn->param_names[i]);
    }
    for (uint32_t i = 0; i < sc.globals.cap; i++) {
        if (!sc.globals.keys[i]) continue;
        uint32_t vi = add_var(L, sc.globals.keys[i]);
        L->vars.data[vi].global = lower_smap_get(&L->global_map, sc.globals.keys[i]);
        if (L->vars.data[vi].global == IR_NONE_ID) L->vars.data[vi].global = IR_NONE_ID - 1;
    }
    for (uint32_t i = 0; i < sc.stores.cap; i++)
        if (sc.stores.keys[i]) add_var(L, sc.stores.keys[i]);
    scan_free(&sc);
    declare_annotations(L, &fd->body);
    for (uint32_t i = 0; i < fn->nparams; i++) {
        ValueId p = ir_func_param(L->m, fn->id, i);
        ssa_write(L, i, p, fn->param_locs[i]);
    }
    lower_body(L, &fd->body);
}

static void lower_toplevel(Lower *L, LFunc *fn, const AstModule *ast)
{
    begin_scope(L, fn, true);
    ScopeScan sc;
    memset(&sc, 0, sizeof sc);
    for (uint32_t i = 0; i < ast->body.len; i++)
        if (!is_def(ast->body.items[i])) scan_stmt(&sc, ast->body.items[i]);
    for (uint32_t i = 0; i < sc.stores.cap; i++) {
        if (!sc.stores.keys[i]) continue;
        uint32_t vi = add_var(L, sc.stores.keys[i]);
        L->vars.data[vi].global = lower_smap_get(&L->global_map, sc.stores.keys[i]);
    }
    scan_free(&sc);
    declare_annotations(L, &ast->body);
    /* annotations of globals were checked once, in declare_globals */
    for (uint32_t i = 0; i < L->vars.len; i++)
        if (L->vars.data[i].global != IR_NONE_ID) {
            L->vars.data[i].decl = ir_type(IR_NONE_ID);
            L->vars.data[i].annot = IR_NONE_ID;
        }
    lower_body(L, &ast->body);
}

/* One attempt at lowering the whole module; NULL after an error (or a new
 * hint, which is counted as one). */
static IrModule *lower_attempt(const AstModule *ast, DiagEngine *diag, const char *source_name,
                               LowerHints *hints, bool quiet)
{
    Lower L;
    memset(&L, 0, sizeof L);
    L.m = ir_module_new();
    L.diag = diag;
    L.quiet = quiet;
    L.hints = hints;
    hints->grew = false;
    arena_init(&L.arena);
    L.m->source_name = ir_intern_cstr(L.m, source_name ? source_name : "");

    for (uint32_t i = 0; i < ast->body.len; i++)
        if (is_def(ast->body.items[i])) declare_function(&L, ast->body.items[i], true);
    declare_lambdas(&L, ast);
    uint32_t nuser = L.funcs.len;
    declare_globals(&L, ast);

    LFunc top;
    memset(&top, 0, sizeof top);
    top.name = "__module__";
    top.ret = ir_type(IR_TYPE_NONE);
    top.sig_ok = true;
    top.id = ir_func_new(L.m, ir_intern_cstr(L.m, "__module__"),
                         ir_type_func(L.m, NULL, 0, ir_type(IR_TYPE_NONE)), NULL, (SrcLoc){0, 0, 0});
    L.m->entry = top.id;
    vec_push(&L.funcs, top);

    lower_toplevel(&L, &L.funcs.data[nuser], ast);
    for (uint32_t i = 0; i < nuser; i++)
        if (!L.funcs.data[i].rejected) lower_function(&L, &L.funcs.data[i]);

    bool failed = L.nerrors != 0;
    vec_free(&L.funcs);
    lower_smap_free(&L.func_map);
    lower_imap_free(&L.lambda_map);
    vec_free(&L.globals);
    lower_smap_free(&L.global_map);
    vec_free(&L.vars);
    lower_smap_free(&L.var_map);
    vec_free(&L.comp_vars);
    vec_free(&L.loops);
    arena_free(&L.arena);
    if (failed) {
        ir_module_free(L.m);
        return NULL;
    }
    return L.m;
}

/* A variable's type is fixed at its first join, before the lowering sees
 * all its bindings; one that turns out to hold values of different types
 * is recorded as a hint and the module is lowered again with it `?` from
 * the start.  The attempts are quiet; after an error the last one is
 * repeated aloud, so each diagnostic is reported once. */
IrModule *lower_module(const AstModule *ast, DiagEngine *diag, const char *source_name)
{
    LowerHints hints;
    memset(&hints, 0, sizeof hints);
    arena_init(&hints.keys);
    IrModule *m;
    do {
        m = lower_attempt(ast, diag, source_name, &hints, true);
    } while (!m && hints.grew);
    if (!m) m = lower_attempt(ast, diag, source_name, &hints, false);
    lower_smap_free(&hints.vars);
    lower_smap_free(&hints.globals);
    arena_free(&hints.keys);
    return m;
}
