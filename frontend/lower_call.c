/* lower_call.c — calls: module functions (checked against their
 * signatures), builtins (typed ops where the arguments' static types allow,
 * else py.builtin), methods (py.method), callable values (py.callv), and
 * attributes and functions used as values.
 * Argument lists of the generic ops: the positional arguments, then the
 * keyword arguments in source order, their names in the imm ("name:kw1,kw2");
 * with a starred argument, one list of all positional arguments ("name*"). */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

#define AT(node) (L->b.loc = (node)->loc)
static TypeId ty(Lower *L, ValueId v) { return lower_vtype(L, v); }

static ValueId unsupported(Lower *L, SrcLoc loc, const char *what)
{
    lower_error(L, loc, "unsupported: %s", what);
    return lv_poison();
}

static ValueId lower_print(Lower *L, const AstExpr *e, bool want)
{
    const AstCall *c = &e->v.Call;
    ValVec vs = {0};
    bool bad = false;
    for (uint32_t i = 0; i < c->args.len; i++) {
        ValueId v = lower_expr(L, c->args.items[i]);
        if (lv_bad(v)) {
            bad = true;
        } else if (!lower_printable(L, ty(L, v))) {
            lower_error(L, c->args.items[i]->loc, "unsupported: printing %s", lower_type_an(L, ty(L, v)));
            bad = true;
        }
        vec_push(&vs, v);
    }
    ValueId sep = {IR_NONE_ID}, end = {IR_NONE_ID};
    for (uint32_t i = 0; i < c->keywords.len; i++) {
        const AstKeyword *kw = c->keywords.items[i];
        ValueId *slot = strcmp(kw->arg, "sep") == 0 ? &sep : strcmp(kw->arg, "end") == 0 ? &end : NULL;
        if (!slot) {
            lower_error(L, kw->loc, "unsupported: print() keyword '%s'", kw->arg);
            bad = true;
            continue;
        }
        if (kw->value->kind == AST_EXPR_Constant && kw->value->v.Constant.kind == AST_CONST_None) continue;
        ValueId v = lower_expr(L, kw->value);
        if (lv_bad(v)) {
            bad = true;
        } else if (ty(L, v).id == IR_TYPE_NONE) {
            v = (ValueId){IR_NONE_ID};
        } else if (ty(L, v).id != IR_TYPE_STR && !lower_unknown(ty(L, v))) {   /* `?`: typeinfer checks */
            lower_error(L, kw->value->loc, "%s must be None or a string, not %s", kw->arg,
                        lower_pyname(L, ty(L, v)));
            bad = true;
        }
        *slot = v;
    }
    ValueId r = lv_poison();
    if (!bad && ssa_live(L)) {
        AT(e);
        if (!ir_valid(sep.id)) sep = ir_const_str(&L->b, " ", 1);
        if (!ir_valid(end.id)) end = ir_const_str(&L->b, "\n", 1);
        ir_print(&L->b, vs.data, vs.len, sep, end);
        r = want ? ir_const_none(&L->b) : (ValueId){LV_UNDEF};
    }
    vec_free(&vs);
    return r;
}

static ValueId call_user(Lower *L, const AstExpr *e, LFunc *fn)
{
    const AstCall *c = &e->v.Call;
    uint32_t n = fn->nparams;
    ValueId *slots = arena_alloc(&L->arena, sizeof *slots * (n + 1));
    const AstExpr **nodes = arena_zalloc(&L->arena, sizeof *nodes * (n + 1));
    for (uint32_t i = 0; i < n; i++) slots[i] = (ValueId){IR_NONE_ID};
    bool bad = !fn->sig_ok;
    if (c->args.len > n) {
        lower_error(L, e->loc, "%s() takes %u positional argument%s but %u were given", fn->name, n,
                    n == 1 ? "" : "s", c->args.len);
        bad = true;
    }
    for (uint32_t i = 0; i < c->args.len; i++) {
        ValueId v = lower_expr(L, c->args.items[i]);
        if (lv_bad(v)) bad = true;
        if (i < n) {
            slots[i] = v;
            nodes[i] = c->args.items[i];
        }
    }
    for (uint32_t k = 0; k < c->keywords.len; k++) {
        const AstKeyword *kw = c->keywords.items[k];
        ValueId v = lower_expr(L, kw->value);
        if (lv_bad(v)) bad = true;
        uint32_t i = 0;
        while (i < n && strcmp(fn->param_names[i], kw->arg) != 0) i++;
        if (i == n) {
            lower_error(L, kw->loc, "%s() got an unexpected keyword argument '%s'", fn->name, kw->arg);
            bad = true;
        } else if (ir_valid(slots[i].id)) {
            lower_error(L, kw->loc, "%s() got multiple values for argument '%s'", fn->name, kw->arg);
            bad = true;
        } else {
            slots[i] = v;
            nodes[i] = kw->value;
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        if (!ir_valid(slots[i].id)) {
            if (c->args.len <= n) {
                lower_error(L, e->loc, "%s() missing required argument: '%s'", fn->name, fn->param_names[i]);
                bad = true;
            }
            continue;
        }
        if (lv_bad(slots[i]) || !fn->sig_ok) continue;
        TypeId got = ty(L, slots[i]), want = fn->param_types[i];
        if (got.id != want.id && !lower_unknown(got) && !lower_unknown(want)) {
            lower_error(L, nodes[i]->loc, "argument '%s' of %s() must be %s, not %s", fn->param_names[i],
                        fn->name, lower_type_name(L, want), lower_type_name(L, got));
            lower_note(L, fn->param_locs[i], "parameter '%s' is declared here", fn->param_names[i]);
            if (got.id == IR_TYPE_INT && want.id == IR_TYPE_FLOAT)
                lower_note(L, nodes[i]->loc, "CPython would pass the int unchanged; convert it "
                                             "with float() or write a float literal");
            bad = true;
        }
    }
    if (bad || !ssa_live(L)) return lv_poison();
    AT(e);
    return ir_call(&L->b, fn->id, slots, n);
}

static bool nargs_ok(Lower *L, const AstExpr *e, const char *name, uint32_t lo, uint32_t hi)
{
    uint32_t n = e->v.Call.args.len;
    if (n >= lo && n <= hi) return true;
    if (lo == hi)
        lower_error(L, e->loc, "%s() takes exactly %u argument%s (%u given)", name, lo, lo == 1 ? "" : "s", n);
    else
        lower_error(L, e->loc, "%s() takes from %u to %u arguments (%u given)", name, lo, hi, n);
    return false;
}

static ValueId not_integer(Lower *L, SrcLoc loc, TypeId t)
{
    lower_error(L, loc, "'%s' object cannot be interpreted as an integer", lower_pyname(L, t));
    return lv_poison();
}

static bool is_intlike(TypeId t) { return t.id == IR_TYPE_INT || t.id == IR_TYPE_BOOL; }

/* A builtin on statically typed arguments (vs, already evaluated), lowered
 * to typed ops.  Returns false, building nothing, for what only the
 * runtime implements (int("12"), min of an iterable, ...): py.builtin. */
static bool builtin_typed(Lower *L, const AstExpr *e, const char *name, ValVec vs, ValueId *out)
{
    const AstExprList *args = &e->v.Call.args;
    ValueId r = lv_poison();
    SrcLoc loc = e->loc;
#define ARGS(lo, hi) if (!nargs_ok(L, e, name, lo, hi)) goto done
#define T(i) ty(L, vs.data[i])
#define GENERIC() return false
    if (strcmp(name, "abs") == 0) {
        ARGS(1, 1);
        if (!lower_is_num(T(0))) {
            lower_error(L, loc, "bad operand type for abs(): '%s'", lower_pyname(L, T(0)));
            goto done;
        }
        ValueId v = lower_to_int(L, vs.data[0]);
        L->b.loc = loc;
        r = ir_unop(&L->b, ty(L, v).id == IR_TYPE_FLOAT ? IR_FLOAT_ABS : IR_INT_ABS, v);
    } else if (strcmp(name, "min") == 0 || strcmp(name, "max") == 0) {
        if (vs.len < 2) GENERIC();                   /* of an iterable */
        for (uint32_t i = 1; i < vs.len; i++)
            if (T(i).id != T(0).id) GENERIC();       /* the result's type depends on the values */
        TypeId t = T(0);
        if (t.id != IR_TYPE_INT && t.id != IR_TYPE_FLOAT && t.id != IR_TYPE_STR && t.id != IR_TYPE_BOOL)
            GENERIC();
        L->b.loc = loc;
        r = ir_builtin(&L->b, name[1] == 'i' ? IR_BI_MIN : IR_BI_MAX, vs.data, vs.len, t);
    } else if (strcmp(name, "round") == 0) {
        ARGS(1, 2);
        if (!lower_is_num(T(0))) {
            lower_error(L, loc, "type %s doesn't define __round__ method", lower_pyname(L, T(0)));
            goto done;
        }
        if (vs.len == 2 && !is_intlike(T(1))) {
            not_integer(L, args->items[1]->loc, T(1));
            goto done;
        }
        for (uint32_t i = 0; i < vs.len; i++) vs.data[i] = lower_to_int(L, vs.data[i]);
        TypeId t = vs.len == 2 && T(0).id == IR_TYPE_FLOAT ? ir_type(IR_TYPE_FLOAT) : ir_type(IR_TYPE_INT);
        L->b.loc = loc;
        r = ir_builtin(&L->b, IR_BI_ROUND, vs.data, vs.len, t);
    } else if (strcmp(name, "divmod") == 0) {
        ARGS(2, 2);
        if (!lower_is_num(T(0)) || !lower_is_num(T(1))) {
            lower_error(L, loc, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        lower_pyname(L, T(0)), lower_pyname(L, T(1)));
            goto done;
        }
        bool flt = T(0).id == IR_TYPE_FLOAT || T(1).id == IR_TYPE_FLOAT;
        for (uint32_t i = 0; i < 2; i++)
            vs.data[i] = flt ? lower_to_float(L, vs.data[i]) : lower_to_int(L, vs.data[i]);
        TypeId el[2] = {T(0), T(0)};
        L->b.loc = loc;
        r = ir_builtin(&L->b, IR_BI_DIVMOD, vs.data, 2, ir_type_tuple(L->m, el, 2));
    } else if (strcmp(name, "hex") == 0 || strcmp(name, "bin") == 0 || strcmp(name, "oct") == 0) {
        ARGS(1, 1);
        if (!is_intlike(T(0))) {
            not_integer(L, args->items[0]->loc, T(0));
            goto done;
        }
        ValueId v = lower_to_int(L, vs.data[0]);
        L->b.loc = loc;
        IrBuiltin bi = name[0] == 'h' ? IR_BI_HEX : name[0] == 'b' ? IR_BI_BIN : IR_BI_OCT;
        r = ir_builtin(&L->b, bi, &v, 1, ir_type(IR_TYPE_STR));
    } else if (strcmp(name, "pow") == 0) {
        if (vs.len == 3) GENERIC();                  /* with a modulus */
        ARGS(2, 2);
        r = lower_arith(L, AST_OP_Pow, vs.data[0], vs.data[1], args->items[1], loc);
    } else if (strcmp(name, "len") == 0) {
        ARGS(1, 1);
        L->b.loc = loc;
        if (T(0).id == IR_TYPE_STR)
            r = ir_builtin(&L->b, IR_BI_LEN, vs.data, 1, ir_type(IR_TYPE_INT));
        else if (ir_type_kind(L->m, T(0)) == TY_TUPLE)
            r = ir_const_int(&L->b, ir_type_nparams(L->m, T(0)));
        else if (T(0).id == IR_TYPE_RANGE)
            GENERIC();
        else
            lower_error(L, loc, "object of type '%s' has no len()", lower_pyname(L, T(0)));
    } else if (strcmp(name, "float") == 0) {
        ARGS(0, 1);
        L->b.loc = loc;
        if (vs.len == 0)
            r = ir_const_float(&L->b, 0.0);
        else if (lower_is_num(T(0)))
            r = lower_to_float(L, vs.data[0]);
        else if (T(0).id == IR_TYPE_STR)
            GENERIC();                               /* parsed at run time */
        else
            lower_error(L, loc, "float() argument must be a string or a real number, not '%s'",
                        lower_pyname(L, T(0)));
    } else if (strcmp(name, "int") == 0) {
        if (vs.len == 2) GENERIC();                  /* with a base */
        ARGS(0, 1);
        L->b.loc = loc;
        if (vs.len == 0)
            r = ir_const_int(&L->b, 0);
        else if (T(0).id == IR_TYPE_FLOAT)
            r = ir_unop(&L->b, IR_FLOAT_TO_INT, vs.data[0]);
        else if (is_intlike(T(0)))
            r = lower_to_int(L, vs.data[0]);
        else if (T(0).id == IR_TYPE_STR)
            GENERIC();                               /* parsed at run time */
        else
            lower_error(L, loc, "int() argument must be a string, a bytes-like object or a real "
                                "number, not '%s'", lower_pyname(L, T(0)));
    } else if (strcmp(name, "bool") == 0) {
        ARGS(0, 1);
        L->b.loc = loc;
        r = vs.len == 0 ? ir_const_bool(&L->b, false) : lower_truth(L, vs.data[0], loc);
    } else if (strcmp(name, "str") == 0 || strcmp(name, "repr") == 0) {
        bool is_str = name[0] == 's';
        ARGS(is_str ? 0 : 1, 1);
        L->b.loc = loc;
        if (vs.len == 0)
            r = ir_const_str(&L->b, "", 0);
        else if (!lower_printable(L, T(0)))
            GENERIC();
        else if (is_str && T(0).id == IR_TYPE_STR)
            r = vs.data[0];
        else
            r = ir_unop(&L->b, is_str ? IR_TO_STR : IR_TO_REPR, vs.data[0]);
    } else if (strcmp(name, "range") == 0) {
        ARGS(1, 3);
        for (uint32_t i = 0; i < vs.len; i++) {
            if (!is_intlike(T(i))) {
                not_integer(L, args->items[i]->loc, T(i));
                goto done;
            }
            vs.data[i] = lower_to_int(L, vs.data[i]);
        }
        L->b.loc = loc;
        ValueId start = vs.len > 1 ? vs.data[0] : ir_const_int(&L->b, 0);
        ValueId stop = vs.len > 1 ? vs.data[1] : vs.data[0];
        ValueId step = vs.len > 2 ? vs.data[2] : ir_const_int(&L->b, 1);
        r = ir_range_new(&L->b, start, stop, step);
    } else {
        GENERIC();
    }
#undef ARGS
#undef T
#undef GENERIC
done:
    *out = r;
    return true;
}


/* ---- the generic calls ------------------------------------------------------------ */

typedef struct CallArgs {
    ValVec vals;                 /* positional (or the one starred list), then keywords */
    bool starred;
    uint32_t nkw;
    bool bad;
} CallArgs;

static bool is_genexp(const AstExpr *e) { return e->kind == AST_EXPR_GeneratorExp; }

static bool has_starred(const AstExprList *args)
{
    for (uint32_t i = 0; i < args->len; i++)
        if (args->items[i]->kind == AST_EXPR_Starred) return true;
    return false;
}

/* Evaluates a call's arguments in source order.  genexp_ok: a generator
 * expression as the sole positional argument is passed as a list (its
 * consumer reads it whole: sum, sorted, "".join, ...). */
static CallArgs eval_call_args(Lower *L, const AstExpr *e, bool genexp_ok)
{
    const AstCall *c = &e->v.Call;
    CallArgs ca;
    memset(&ca, 0, sizeof ca);
    ca.starred = has_starred(&c->args);
    if (ca.starred) {
        vec_push(&ca.vals, lower_build_list(L, &c->args, e->loc));
    } else if (genexp_ok && c->args.len == 1 && is_genexp(c->args.items[0])) {
        vec_push(&ca.vals, lower_genexp_list(L, c->args.items[0]));
    } else {
        for (uint32_t i = 0; i < c->args.len; i++) vec_push(&ca.vals, lower_expr(L, c->args.items[i]));
    }
    for (uint32_t i = 0; i < c->keywords.len; i++) {
        const AstKeyword *kw = c->keywords.items[i];
        if (!kw->arg) {
            unsupported(L, kw->loc, "**kwargs in a call");
            ca.bad = true;
            continue;
        }
        vec_push(&ca.vals, lower_expr(L, kw->value));
        ca.nkw++;
    }
    for (uint32_t i = 0; i < ca.vals.len; i++)
        if (lv_bad(ca.vals.data[i])) ca.bad = true;
    return ca;
}

/* "name", "name*" (starred), then ":kw1,kw2" for the keyword arguments. */
static const char *call_imm(Lower *L, const AstExpr *e, const char *name, const CallArgs *ca)
{
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, name);
    if (ca->starred) sb_putc(&sb, '*');
    const AstKeywordList *kws = &e->v.Call.keywords;
    for (uint32_t i = 0, k = 0; i < kws->len; i++) {
        if (!kws->items[i]->arg) continue;
        sb_putc(&sb, k++ ? ',' : ':');
        sb_puts(&sb, kws->items[i]->arg);
    }
    const char *r = arena_strndup(&L->arena, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* py.method / py.builtin with recv (py.method only) first. */
static ValueId generic_call(Lower *L, IrOp op, const AstExpr *e, const char *name, const ValueId *recv,
                            CallArgs *ca)
{
    ValueId r = lv_poison();
    if (!ca->bad) {
        ValVec all = {0};
        if (recv) vec_push(&all, *recv);
        for (uint32_t i = 0; i < ca->vals.len; i++) vec_push(&all, ca->vals.data[i]);
        r = lower_generic(L, op, call_imm(L, e, name, ca), all.data, all.len, e->loc);
        vec_free(&all);
    }
    vec_free(&ca->vals);
    return r;
}

/* Methods of builtin types the runtime has for no type (prelude_objlib.rs's
 * UNSUPPORTED_METHODS but range.count and range.index): a call or a use
 * of one is rejected here rather than failing when the program runs. */
static bool runtime_lacks_method(const char *name)
{
    static const char *const names[] = {
        "encode", "expandtabs", "format_map", "maketrans", "translate", "fromkeys", "difference_update",
        "intersection_update", "symmetric_difference_update", "as_integer_ratio", "conjugate", "from_bytes",
        "to_bytes", "fromhex", "hex", NULL,
    };
    return ir_name_in(name, strlen(name), names);
}

static bool reject_lacking_method(Lower *L, const AstExpr *attr)
{
    if (!runtime_lacks_method(attr->v.Attribute.attr)) return false;
    lower_error(L, attr->loc, "unsupported: method '%s' (not in the runtime yet)", attr->v.Attribute.attr);
    return true;
}

/* "...".format(...) with a field that reads an attribute or an item of
 * its argument (`{0[1]}`, `{p.x}`): the runtime's formatter has neither. */
static bool reject_format_fields(Lower *L, const AstExpr *fe)
{
    const AstExpr *recv = fe->v.Attribute.value;
    if (strcmp(fe->v.Attribute.attr, "format") != 0 || recv->kind != AST_EXPR_Constant ||
        recv->v.Constant.kind != AST_CONST_Str)
        return false;
    const char *t = recv->v.Constant.v.s.data;
    size_t n = recv->v.Constant.v.s.len;
    for (size_t i = 0; i < n; i++) {
        if (t[i] != '{') continue;
        if (i + 1 < n && t[i + 1] == '{') {
            i++;
            continue;
        }
        size_t k = i + 1;
        while (k < n && t[k] != '}' && t[k] != ':' && t[k] != '!' && t[k] != '.' && t[k] != '[') k++;
        if (k < n && (t[k] == '.' || t[k] == '[')) {
            lower_error(L, fe->loc, "unsupported: a format field reading an attribute or an item ('%.*s...')",
                        (int)(k - i + 1), t + i);
            return true;
        }
    }
    return false;
}

/* recv.name(args...) */
static ValueId method_call(Lower *L, const AstExpr *e)
{
    const AstExpr *fe = e->v.Call.func;
    if (reject_lacking_method(L, fe) || reject_format_fields(L, fe)) return lv_poison();
    ValueId recv = lower_expr(L, fe->v.Attribute.value);
    const char *name = fe->v.Attribute.attr;
    CallArgs ca = eval_call_args(L, e, strcmp(name, "join") == 0);
    if (lv_bad(recv)) ca.bad = true;
    return generic_call(L, IR_PY_METHOD, e, name, &recv, &ca);
}

ValueId lower_attribute(Lower *L, const AstExpr *e)
{
    if (reject_lacking_method(L, e)) return lv_poison();
    ValueId v = lower_expr(L, e->v.Attribute.value);
    return lower_generic(L, IR_PY_GETATTR, e->v.Attribute.attr, &v, 1, e->loc);
}

/* f(args...) where f is a value (a variable holding a function, d[k], ...). */
static ValueId value_call(Lower *L, const AstExpr *e, ValueId f)
{
    const AstCall *c = &e->v.Call;
    for (uint32_t i = 0; i < c->args.len; i++)
        if (c->args.items[i]->kind == AST_EXPR_Starred)
            return unsupported(L, c->args.items[i]->loc, "star-args in a call of a function value");
    if (c->keywords.len)
        return unsupported(L, c->keywords.items[0]->loc, "keyword argument in a call of a function value");
    ValVec all = {0};
    vec_push(&all, f);
    for (uint32_t i = 0; i < c->args.len; i++) vec_push(&all, lower_expr(L, c->args.items[i]));
    ValueId r = lower_generic(L, IR_PY_CALLV, NULL, all.data, all.len, e->loc);
    vec_free(&all);
    return r;
}

/* ---- builtins ----------------------------------------------------------------------- */

static bool name_in(const char *name, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

/* The builtins that read a generator expression argument whole. */
static bool takes_genexp(const char *name)
{
    static const char *const names[] = {"sum", "min", "max", "sorted", "list", "tuple", "set",
                                        "dict", "enumerate", "any", "all"};
    return name_in(name, names, sizeof names / sizeof *names);
}

/* The builtins builtin_typed knows, and whether it also takes `?` arguments. */
static bool typed_builtin(const char *name, bool *takes_unknown)
{
    static const char *const names[] = {"abs", "min", "max", "round", "divmod", "hex", "bin", "oct",
                                        "pow", "len", "float", "int", "bool", "str", "repr", "range"};
    static const char *const any[] = {"bool", "str", "repr", "pow"};
    *takes_unknown = name_in(name, any, sizeof any / sizeof *any);
    return name_in(name, names, sizeof names / sizeof *names);
}

static ValueId builtin_call(Lower *L, const AstExpr *e, const char *name, bool want)
{
    const AstCall *c = &e->v.Call;
    bool any = strcmp(name, "any") == 0;
    if ((any || strcmp(name, "all") == 0) && c->args.len == 1 && is_genexp(c->args.items[0]) &&
        !c->keywords.len)
        return lower_any_all(L, c->args.items[0], any, e->loc);   /* short-circuits */
    if (strcmp(name, "print") == 0 && !has_starred(&c->args)) return lower_print(L, e, want);
    CallArgs ca = eval_call_args(L, e, takes_genexp(name));
    bool takes_unknown;
    if (!ca.bad && !ca.starred && !ca.nkw && typed_builtin(name, &takes_unknown)) {
        bool typed = true;
        for (uint32_t i = 0; i < ca.vals.len; i++)
            if (lower_unknown(ty(L, ca.vals.data[i]))) typed = takes_unknown;
        ValueId r;
        if (typed && builtin_typed(L, e, name, ca.vals, &r)) {
            vec_free(&ca.vals);
            return r;
        }
    }
    return generic_call(L, IR_PY_BUILTIN, e, name, NULL, &ca);
}

/* A call.  want: the caller uses the value (else print() builds no None). */
ValueId lower_call(Lower *L, const AstExpr *e, bool want)
{
    const AstCall *c = &e->v.Call;
    const AstExpr *fe = c->func;
    if (fe->kind == AST_EXPR_Attribute) return method_call(L, e);
    if (fe->kind != AST_EXPR_Name) return value_call(L, e, lower_expr(L, fe));
    const char *name = fe->v.Name.id;
    if (lower_var_find(L, name) != IR_NONE_ID || lower_smap_get(&L->global_map, name) != IR_NONE_ID)
        return value_call(L, e, lower_name_load(L, fe));
    uint32_t fi = lower_smap_get(&L->func_map, name);
    if (fi != IR_NONE_ID) {
        for (uint32_t i = 0; i < c->args.len; i++)
            if (c->args.items[i]->kind == AST_EXPR_Starred) {
                lower_error(L, c->args.items[i]->loc, "unsupported: star-args in a call of function '%s'", name);
                return lv_poison();
            }
        for (uint32_t i = 0; i < c->keywords.len; i++)
            if (!c->keywords.items[i]->arg)
                return unsupported(L, c->keywords.items[i]->loc, "**kwargs in a call");
        return call_user(L, e, &L->funcs.data[fi]);
    }
    if (lower_is_generic_builtin(name)) return builtin_call(L, e, name, want);
    if (lower_is_builtin(name)) {
        lower_error(L, e->loc, "unsupported: builtin '%s'", name);
        return lv_poison();
    }
    lower_error(L, fe->loc, "name '%s' is not defined", name);
    return lv_poison();
}
