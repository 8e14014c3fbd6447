/* ast.c — names of the AST kinds (from ast.def), a field table per node
 * kind, and the two generic walks over those tables: ast_dump (CPython
 * `ast.dump` text, used by the tests) and the nesting-depth check that
 * parse_file runs so that every later recursive walk is bounded.
 * The field tables are the one place that knows each payload's layout. */
#include "frontend/parse_internal.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- names ------------------------------------------------------------------ */

static const char *const stmt_names[] = {
#define AST_STMT(Kind, Payload, doc) #Kind,
#include "frontend/ast.def"
};
static const char *const expr_names[] = {
#define AST_EXPR(Kind, Payload, doc) #Kind,
#include "frontend/ast.def"
};
static const char *const pattern_names[] = {
#define AST_PAT(Kind, Payload, doc) #Kind,
#include "frontend/ast.def"
};
static const char *const operator_names[] = {
#define AST_OPERATOR(Name, text) #Name,
#include "frontend/ast.def"
};
static const char *const operator_texts[] = {
#define AST_OPERATOR(Name, text) text,
#include "frontend/ast.def"
};
static const char *const unaryop_names[] = {
#define AST_UNARYOP(Name, text) #Name,
#include "frontend/ast.def"
};
static const char *const unaryop_texts[] = {
#define AST_UNARYOP(Name, text) text,
#include "frontend/ast.def"
};
static const char *const cmpop_names[] = {
#define AST_CMPOP(Name, text) #Name,
#include "frontend/ast.def"
};
static const char *const cmpop_texts[] = {
#define AST_CMPOP(Name, text) text,
#include "frontend/ast.def"
};
static const char *const boolop_names[] = {
#define AST_BOOLOP(Name, text) #Name,
#include "frontend/ast.def"
};
static const char *const ctx_names[] = {
#define AST_CTX(Name) #Name,
#include "frontend/ast.def"
};

const char *ast_stmt_kind_name(AstStmtKind k) { return k < AST_STMT_COUNT_ ? stmt_names[k] : "?"; }
const char *ast_expr_kind_name(AstExprKind k) { return k < AST_EXPR_COUNT_ ? expr_names[k] : "?"; }
const char *ast_pattern_kind_name(AstPatternKind k) { return k < AST_PAT_COUNT_ ? pattern_names[k] : "?"; }
const char *ast_operator_name(AstOperator op) { return op < AST_OP_COUNT_ ? operator_names[op] : "?"; }
const char *ast_operator_text(AstOperator op) { return op < AST_OP_COUNT_ ? operator_texts[op] : "?"; }
const char *ast_unaryop_name(AstUnaryOp op) { return op < AST_UNARY_COUNT_ ? unaryop_names[op] : "?"; }
const char *ast_unaryop_text(AstUnaryOp op) { return op < AST_UNARY_COUNT_ ? unaryop_texts[op] : "?"; }
const char *ast_cmpop_name(AstCmpOp op) { return op < AST_CMP_COUNT_ ? cmpop_names[op] : "?"; }
const char *ast_cmpop_text(AstCmpOp op) { return op < AST_CMP_COUNT_ ? cmpop_texts[op] : "?"; }
const char *ast_boolop_name(AstBoolOp op) { return op < AST_BOOL_COUNT_ ? boolop_names[op] : "?"; }
const char *ast_ctx_name(AstExprContext c) { return c < AST_CTX_COUNT_ ? ctx_names[c] : "?"; }

/* ---- field tables -------------------------------------------------------------- */

typedef enum FieldType {
    F_END, F_EXPR, F_EXPRS, F_STMTS, F_PAT, F_PATS, F_IDENT, F_IDENTS, F_ARGS, F_ARG, F_ARGLIST,
    F_KEYWORDS, F_ALIASES, F_WITHITEMS, F_CASES, F_COMPS, F_HANDLERS, F_OPERATOR, F_UNARYOP,
    F_BOOLOP, F_CMPOPS, F_CTX, F_INT, F_CONST, F_SINGLETON, F_IDENT_REQ
} FieldType;

typedef struct Field { const char *name; FieldType type; size_t off; } Field;

#define S(P, f, t) { #f, t, offsetof(AstStmt, v.P.f) }
#define E(P, f, t) { #f, t, offsetof(AstExpr, v.P.f) }
#define P_(P, f, t) { #f, t, offsetof(AstPattern, v.P.f) }
#define R(T, f, t) { #f, t, offsetof(T, f) }
#define END { NULL, F_END, 0 }

static const Field f_Empty[] = { END };
static const Field f_FunctionDef[] = { S(FunctionDef, name, F_IDENT_REQ), S(FunctionDef, args, F_ARGS),
    S(FunctionDef, body, F_STMTS), S(FunctionDef, decorator_list, F_EXPRS), S(FunctionDef, returns, F_EXPR), END };
static const Field f_ClassDef[] = { S(ClassDef, name, F_IDENT_REQ), S(ClassDef, bases, F_EXPRS),
    S(ClassDef, keywords, F_KEYWORDS), S(ClassDef, body, F_STMTS), S(ClassDef, decorator_list, F_EXPRS), END };
static const Field f_Return[] = { S(Return, value, F_EXPR), END };
static const Field f_Delete[] = { S(Delete, targets, F_EXPRS), END };
static const Field f_Assign[] = { S(Assign, targets, F_EXPRS), S(Assign, value, F_EXPR), END };
static const Field f_AugAssign[] = { S(AugAssign, target, F_EXPR), S(AugAssign, op, F_OPERATOR),
    S(AugAssign, value, F_EXPR), END };
static const Field f_AnnAssign[] = { S(AnnAssign, target, F_EXPR), S(AnnAssign, annotation, F_EXPR),
    S(AnnAssign, value, F_EXPR), S(AnnAssign, simple, F_INT), END };
static const Field f_For[] = { S(For, target, F_EXPR), S(For, iter, F_EXPR), S(For, body, F_STMTS),
    S(For, orelse, F_STMTS), END };
static const Field f_While[] = { S(While, test, F_EXPR), S(While, body, F_STMTS), S(While, orelse, F_STMTS), END };
static const Field f_If[] = { S(If, test, F_EXPR), S(If, body, F_STMTS), S(If, orelse, F_STMTS), END };
static const Field f_With[] = { S(With, items, F_WITHITEMS), S(With, body, F_STMTS), END };
static const Field f_Match[] = { S(Match, subject, F_EXPR), S(Match, cases, F_CASES), END };
static const Field f_Raise[] = { S(Raise, exc, F_EXPR), S(Raise, cause, F_EXPR), END };
static const Field f_Try[] = { S(Try, body, F_STMTS), S(Try, handlers, F_HANDLERS), S(Try, orelse, F_STMTS),
    S(Try, finalbody, F_STMTS), END };
static const Field f_Assert[] = { S(Assert, test, F_EXPR), S(Assert, msg, F_EXPR), END };
static const Field f_Import[] = { S(Import, names, F_ALIASES), END };
static const Field f_ImportFrom[] = { S(ImportFrom, module, F_IDENT), S(ImportFrom, names, F_ALIASES),
    S(ImportFrom, level, F_INT), END };
static const Field f_Global[] = { S(Global, names, F_IDENTS), END };
static const Field f_Expr[] = { S(Expr, value, F_EXPR), END };

static const Field f_BoolOp[] = { E(BoolOp, op, F_BOOLOP), E(BoolOp, values, F_EXPRS), END };
static const Field f_NamedExpr[] = { E(NamedExpr, target, F_EXPR), E(NamedExpr, value, F_EXPR), END };
static const Field f_BinOp[] = { E(BinOp, left, F_EXPR), E(BinOp, op, F_OPERATOR), E(BinOp, right, F_EXPR), END };
static const Field f_UnaryOp[] = { E(UnaryOp, op, F_UNARYOP), E(UnaryOp, operand, F_EXPR), END };
static const Field f_Lambda[] = { E(Lambda, args, F_ARGS), E(Lambda, body, F_EXPR), END };
static const Field f_IfExp[] = { E(IfExp, test, F_EXPR), E(IfExp, body, F_EXPR), E(IfExp, orelse, F_EXPR), END };
static const Field f_Dict[] = { E(Dict, keys, F_EXPRS), E(Dict, values, F_EXPRS), END };
static const Field f_Set[] = { E(Set, elts, F_EXPRS), END };
static const Field f_Comp[] = { E(Comp, elt, F_EXPR), E(Comp, generators, F_COMPS), END };
static const Field f_DictComp[] = { E(DictComp, key, F_EXPR), E(DictComp, value, F_EXPR),
    E(DictComp, generators, F_COMPS), END };
static const Field f_Await[] = { E(Await, value, F_EXPR), END };
static const Field f_Yield[] = { E(Yield, value, F_EXPR), END };
static const Field f_Compare[] = { E(Compare, left, F_EXPR), E(Compare, ops, F_CMPOPS),
    E(Compare, comparators, F_EXPRS), END };
static const Field f_Call[] = { E(Call, func, F_EXPR), E(Call, args, F_EXPRS), E(Call, keywords, F_KEYWORDS), END };
static const Field f_FormattedValue[] = { E(FormattedValue, value, F_EXPR), E(FormattedValue, conversion, F_INT),
    E(FormattedValue, format_spec, F_EXPR), END };
static const Field f_JoinedStr[] = { E(JoinedStr, values, F_EXPRS), END };
static const Field f_Constant[] = { { "value", F_CONST, offsetof(AstExpr, v.Constant) }, END };
static const Field f_Attribute[] = { E(Attribute, value, F_EXPR), E(Attribute, attr, F_IDENT_REQ),
    E(Attribute, ctx, F_CTX), END };
static const Field f_Subscript[] = { E(Subscript, value, F_EXPR), E(Subscript, slice, F_EXPR),
    E(Subscript, ctx, F_CTX), END };
static const Field f_Starred[] = { E(Starred, value, F_EXPR), E(Starred, ctx, F_CTX), END };
static const Field f_Name[] = { E(Name, id, F_IDENT_REQ), E(Name, ctx, F_CTX), END };
static const Field f_Seq[] = { E(Seq, elts, F_EXPRS), E(Seq, ctx, F_CTX), END };
static const Field f_Slice[] = { E(Slice, lower, F_EXPR), E(Slice, upper, F_EXPR), E(Slice, step, F_EXPR), END };

static const Field f_MatchValue[] = { P_(MatchValue, value, F_EXPR), END };
static const Field f_MatchSingleton[] = { P_(MatchSingleton, value, F_SINGLETON), END };
static const Field f_MatchSequence[] = { P_(MatchSequence, patterns, F_PATS), END };
static const Field f_MatchMapping[] = { P_(MatchMapping, keys, F_EXPRS), P_(MatchMapping, patterns, F_PATS),
    P_(MatchMapping, rest, F_IDENT), END };
static const Field f_MatchClass[] = { P_(MatchClass, cls, F_EXPR), P_(MatchClass, patterns, F_PATS),
    P_(MatchClass, kwd_attrs, F_IDENTS), P_(MatchClass, kwd_patterns, F_PATS), END };
static const Field f_MatchStar[] = { P_(MatchStar, name, F_IDENT), END };
static const Field f_MatchAs[] = { P_(MatchAs, pattern, F_PAT), P_(MatchAs, name, F_IDENT), END };
static const Field f_MatchOr[] = { P_(MatchOr, patterns, F_PATS), END };

static const Field f_arguments[] = { R(AstArguments, posonlyargs, F_ARGLIST), R(AstArguments, args, F_ARGLIST),
    R(AstArguments, vararg, F_ARG), R(AstArguments, kwonlyargs, F_ARGLIST), R(AstArguments, kw_defaults, F_EXPRS),
    R(AstArguments, kwarg, F_ARG), R(AstArguments, defaults, F_EXPRS), END };
static const Field f_arg[] = { R(AstArg, arg, F_IDENT_REQ), R(AstArg, annotation, F_EXPR), END };
static const Field f_keyword[] = { R(AstKeyword, arg, F_IDENT), R(AstKeyword, value, F_EXPR), END };
static const Field f_alias[] = { R(AstAlias, name, F_IDENT_REQ), R(AstAlias, asname, F_IDENT), END };
static const Field f_withitem[] = { R(AstWithItem, context_expr, F_EXPR), R(AstWithItem, optional_vars, F_EXPR), END };
static const Field f_match_case[] = { R(AstMatchCase, pattern, F_PAT), R(AstMatchCase, guard, F_EXPR),
    R(AstMatchCase, body, F_STMTS), END };
static const Field f_comprehension[] = { R(AstComprehension, target, F_EXPR), R(AstComprehension, iter, F_EXPR),
    R(AstComprehension, ifs, F_EXPRS), R(AstComprehension, is_async, F_INT), END };
static const Field f_excepthandler[] = { R(AstExceptHandler, type, F_EXPR), R(AstExceptHandler, name, F_IDENT),
    R(AstExceptHandler, body, F_STMTS), END };

static const Field *const stmt_fields[] = {
#define AST_STMT(Kind, Payload, doc) f_##Payload,
#include "frontend/ast.def"
};
static const Field *const expr_fields[] = {
#define AST_EXPR(Kind, Payload, doc) f_##Payload,
#include "frontend/ast.def"
};
static const Field *const pattern_fields[] = {
#define AST_PAT(Kind, Payload, doc) f_##Payload,
#include "frontend/ast.def"
};

/* The record kind a list or pointer field refers to. */
typedef struct Rec { const char *name; const Field *fields; } Rec;

static Rec rec_of_stmt(const void *p)
{
    const AstStmt *s = p;
    return (Rec){ ast_stmt_kind_name(s->kind), stmt_fields[s->kind] };
}
static Rec rec_of_expr(const void *p)
{
    const AstExpr *e = p;
    return (Rec){ ast_expr_kind_name(e->kind), expr_fields[e->kind] };
}
static Rec rec_of_pattern(const void *p)
{
    const AstPattern *x = p;
    return (Rec){ ast_pattern_kind_name(x->kind), pattern_fields[x->kind] };
}

/* For a field holding nodes: the element record and whether it is a list. */
static bool field_nodes(FieldType t, Rec (**kind)(const void *), Rec *fixed, bool *is_list)
{
    *kind = NULL;
    *is_list = true;
    switch (t) {
    case F_EXPR: *is_list = false; /* fall through */
    case F_EXPRS: *kind = rec_of_expr; return true;
    case F_STMTS: *kind = rec_of_stmt; return true;
    case F_PAT: *is_list = false; /* fall through */
    case F_PATS: *kind = rec_of_pattern; return true;
    case F_ARGS: *is_list = false; *fixed = (Rec){ "arguments", f_arguments }; return true;
    case F_ARG: *is_list = false; /* fall through */
    case F_ARGLIST: *fixed = (Rec){ "arg", f_arg }; return true;
    case F_KEYWORDS: *fixed = (Rec){ "keyword", f_keyword }; return true;
    case F_ALIASES: *fixed = (Rec){ "alias", f_alias }; return true;
    case F_WITHITEMS: *fixed = (Rec){ "withitem", f_withitem }; return true;
    case F_CASES: *fixed = (Rec){ "match_case", f_match_case }; return true;
    case F_COMPS: *fixed = (Rec){ "comprehension", f_comprehension }; return true;
    case F_HANDLERS: *fixed = (Rec){ "ExceptHandler", f_excepthandler }; return true;
    default: return false;
    }
}

/* Every node-list type has the layout { T **items; uint32_t len; }. */
typedef struct AnyList { void **items; uint32_t len; } AnyList;

/* ---- depth check ------------------------------------------------------------------ */

typedef struct DepthWalk { int max; SrcLoc where; bool too_deep; } DepthWalk;

static void depth_walk(DepthWalk *w, const Field *fields, const void *base, int depth, SrcLoc loc);

/* Expressions without node fields (see expr_fields). */
static inline bool expr_is_leaf(const AstExpr *e)
{
    return e->kind == AST_EXPR_Name || e->kind == AST_EXPR_Constant;
}

/* Visits one child node (NULL allowed) of the given field type. */
static void depth_child(DepthWalk *w, FieldType t, const void *child, int depth, SrcLoc loc)
{
    if (!child) return;
    switch (t) {
    case F_EXPR: case F_EXPRS: {
        const AstExpr *e = child;
        depth_walk(w, expr_fields[e->kind], e, depth, e->loc);
        return;
    }
    case F_STMTS: {
        const AstStmt *s = child;
        depth_walk(w, stmt_fields[s->kind], s, depth, s->loc);
        return;
    }
    case F_PAT: case F_PATS: {
        const AstPattern *p = child;
        depth_walk(w, pattern_fields[p->kind], p, depth, p->loc);
        return;
    }
    default: {
        Rec (*kind)(const void *);
        Rec fixed = { NULL, NULL };
        bool is_list;
        field_nodes(t, &kind, &fixed, &is_list);
        depth_walk(w, fixed.fields, child, depth, loc);
        return;
    }
    }
}

static void depth_walk(DepthWalk *w, const Field *fields, const void *base, int depth, SrcLoc loc)
{
    if (w->too_deep) return;
    if (depth > w->max) {
        w->too_deep = true;
        w->where = loc;
        return;
    }
    /* a Name or Constant within the limit has nothing to check: skipping
     * the call for these (most nodes) halves the walk */
    bool leaf_ok = depth + 1 <= w->max;
    for (const Field *f = fields; f->type != F_END && !w->too_deep; f++) {
        const char *slot = (const char *)base + f->off;
        switch (f->type) {
        case F_EXPR: {
            const AstExpr *e = *(const AstExpr *const *)slot;
            if (!(e && leaf_ok && expr_is_leaf(e))) depth_child(w, F_EXPR, e, depth + 1, loc);
            break;
        }
        case F_EXPRS: {
            const AstExprList *l = (const AstExprList *)slot;
            for (uint32_t i = 0; i < l->len && !w->too_deep; i++) {
                const AstExpr *e = l->items[i];
                if (!(e && leaf_ok && expr_is_leaf(e))) depth_child(w, F_EXPRS, e, depth + 1, loc);
            }
            break;
        }
        case F_PAT: case F_ARGS: case F_ARG:
            depth_child(w, f->type, *(void *const *)slot, depth + 1, loc);
            break;
        case F_STMTS: case F_PATS: case F_ARGLIST: case F_KEYWORDS: case F_ALIASES:
        case F_WITHITEMS: case F_CASES: case F_COMPS: case F_HANDLERS: {
            const AnyList *l = (const AnyList *)slot;
            for (uint32_t i = 0; i < l->len && !w->too_deep; i++)
                depth_child(w, f->type, l->items[i], depth + 1, loc);
            break;
        }
        default:
            break;
        }
    }
}

bool ast_check_depth(const AstModule *mod, SrcLoc *where)
{
    DepthWalk w = { PARSE_MAX_NEST_DEPTH, {0, 0, 0}, false };
    for (uint32_t i = 0; i < mod->body.len && !w.too_deep; i++)
        depth_child(&w, F_STMTS, mod->body.items[i], 1, mod->body.items[i]->loc);
    if (w.too_deep) *where = w.where;
    return !w.too_deep;
}

/* ---- repr of constants --------------------------------------------------------------- */

static void repr_text(StrBuf *out, const unsigned char *s, size_t n, bool bytes)
{
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (bytes) sb_putc(out, 'b');
    sb_putc(out, q);
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c == (unsigned char)q || c == '\\') { sb_putc(out, '\\'); sb_putc(out, (char)c); i++; continue; }
        if (c == '\n') { sb_puts(out, "\\n"); i++; continue; }
        if (c == '\r') { sb_puts(out, "\\r"); i++; continue; }
        if (c == '\t') { sb_puts(out, "\\t"); i++; continue; }
        if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) { sb_printf(out, "\\x%02x", c); i++; continue; }
        if (c < 0x80) { sb_putc(out, (char)c); i++; continue; }
        /* a UTF-8 sequence: escape what Python's str.isprintable() rejects */
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + len > n) len = n - i;
        uint32_t cp = c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; k++) cp = (cp << 6) | (s[i + k] & 0x3F);
        bool printable = !(cp <= 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) ||
                           (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) ||
                           cp == 0x3000 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xF8FF) ||
                           (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF || cp >= 0xF0000 ||
                           (cp & 0xFFFE) == 0xFFFE);
        if (printable) sb_putn(out, (const char *)s + i, len);
        else if (cp <= 0xFF) sb_printf(out, "\\x%02x", cp);
        else if (cp <= 0xFFFF) sb_printf(out, "\\u%04x", cp);
        else sb_printf(out, "\\U%08x", cp);
        i += len;
    }
    sb_putc(out, q);
}

/* Python's repr(float): the shortest digits that round-trip, fixed notation
 * for exponents -4..15, otherwise scientific.  add_dot0 as in repr(1.0). */
static void repr_float(StrBuf *out, double v, bool add_dot0)
{
    if (isnan(v)) { sb_puts(out, "nan"); return; }
    if (isinf(v)) { sb_puts(out, v < 0 ? "-inf" : "inf"); return; }
    char buf[64];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, v);
        if (strtod(buf, NULL) == v) break;
    }
    /* buf is [-]d[.ddd]e[+-]XX */
    char digits[32];
    int nd = 0, exp10;
    const char *p = buf;
    bool neg = *p == '-';
    if (neg) p++;
    for (; *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = '\0';
    if (neg) sb_putc(out, '-');
    if (exp10 >= -4 && exp10 < 16) {
        if (exp10 < 0) {
            sb_puts(out, "0.");
            for (int i = -1; i > exp10; i--) sb_putc(out, '0');
            sb_puts(out, digits);
        } else {
            for (int i = 0; i <= exp10; i++) sb_putc(out, i < nd ? digits[i] : '0');
            if (nd > exp10 + 1) {
                sb_putc(out, '.');
                sb_puts(out, digits + exp10 + 1);
            } else if (add_dot0) {
                sb_puts(out, ".0");
            }
        }
    } else {
        sb_putc(out, digits[0]);
        if (nd > 1) { sb_putc(out, '.'); sb_puts(out, digits + 1); }
        sb_printf(out, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    }
}

/* Decimal text of an int literal of any size (schoolbook base conversion). */
static void repr_int(StrBuf *out, const AstConstant *c)
{
    if (!c->v.i.overflows_i64) { sb_printf(out, "%lld", (long long)c->v.i.value); return; }
    if (c->v.i.base == 10) { sb_puts(out, c->v.i.digits); return; }
    size_t n = strlen(c->v.i.digits), cap = n + 2, len = 1;
    uint32_t *limbs = xcalloc(cap, sizeof *limbs);      /* base 1e9, little-endian */
    for (const char *d = c->v.i.digits; *d; d++) {
        uint64_t carry = (uint64_t)(*d <= '9' ? *d - '0' : (*d | 0x20) - 'a' + 10);
        for (size_t i = 0; i < len; i++) {
            uint64_t v = (uint64_t)limbs[i] * (uint64_t)c->v.i.base + carry;
            limbs[i] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry) limbs[len++] = (uint32_t)carry;
    }
    sb_printf(out, "%u", limbs[len - 1]);
    for (size_t i = len - 1; i-- > 0;) sb_printf(out, "%09u", limbs[i]);
    free(limbs);
}

static void repr_const(StrBuf *out, const AstConstant *c)
{
    switch (c->kind) {
    case AST_CONST_None: sb_puts(out, "None"); break;
    case AST_CONST_True: sb_puts(out, "True"); break;
    case AST_CONST_False: sb_puts(out, "False"); break;
    case AST_CONST_Ellipsis: sb_puts(out, "Ellipsis"); break;
    case AST_CONST_Int: repr_int(out, c); break;
    case AST_CONST_Float: repr_float(out, c->v.f, true); break;
    case AST_CONST_Complex: repr_float(out, c->v.f, false); sb_putc(out, 'j'); break;
    case AST_CONST_Str: repr_text(out, (const unsigned char *)c->v.s.data, c->v.s.len, false); break;
    case AST_CONST_Bytes: repr_text(out, c->v.b.data, c->v.b.len, true); break;
    case AST_CONST_COUNT_: break;
    }
}

/* ---- dump ------------------------------------------------------------------------------ */

static void dump_rec(StrBuf *out, Rec r, const void *base);

static void dump_child(StrBuf *out, Rec (*kind)(const void *), Rec fixed, const void *child)
{
    if (!child) { sb_puts(out, "None"); return; }
    dump_rec(out, kind ? kind(child) : fixed, child);
}

static void dump_field(StrBuf *out, const Field *f, const void *base)
{
    const char *slot = (const char *)base + f->off;
    Rec (*kind)(const void *);
    Rec fixed = { NULL, NULL };
    bool is_list;
    if (field_nodes(f->type, &kind, &fixed, &is_list)) {
        if (!is_list) { dump_child(out, kind, fixed, *(void *const *)slot); return; }
        const AnyList *l = (const AnyList *)slot;
        sb_putc(out, '[');
        for (uint32_t i = 0; i < l->len; i++) {
            if (i) sb_puts(out, ", ");
            dump_child(out, kind, fixed, l->items[i]);
        }
        sb_putc(out, ']');
        return;
    }
    switch (f->type) {
    case F_IDENT: case F_IDENT_REQ: {
        const char *s = *(const char *const *)slot;
        repr_text(out, (const unsigned char *)s, strlen(s), false);
        break;
    }
    case F_IDENTS: {
        const AstIdentList *l = (const AstIdentList *)slot;
        sb_putc(out, '[');
        for (uint32_t i = 0; i < l->len; i++) {
            if (i) sb_puts(out, ", ");
            repr_text(out, (const unsigned char *)l->items[i], strlen(l->items[i]), false);
        }
        sb_putc(out, ']');
        break;
    }
    case F_OPERATOR: sb_printf(out, "%s()", ast_operator_name(*(const AstOperator *)slot)); break;
    case F_UNARYOP: sb_printf(out, "%s()", ast_unaryop_name(*(const AstUnaryOp *)slot)); break;
    case F_BOOLOP: sb_printf(out, "%s()", ast_boolop_name(*(const AstBoolOp *)slot)); break;
    case F_CTX: sb_printf(out, "%s()", ast_ctx_name(*(const AstExprContext *)slot)); break;
    case F_CMPOPS: {
        const AstCmpOpList *l = (const AstCmpOpList *)slot;
        sb_putc(out, '[');
        for (uint32_t i = 0; i < l->len; i++) sb_printf(out, "%s%s()", i ? ", " : "", ast_cmpop_name(l->items[i]));
        sb_putc(out, ']');
        break;
    }
    case F_INT: sb_printf(out, "%d", *(const int *)slot); break;
    case F_SINGLETON: {
        AstConstant c;
        memset(&c, 0, sizeof c);
        c.kind = *(const AstConstKind *)slot;
        repr_const(out, &c);
        break;
    }
    case F_CONST: {
        const AstConstant *c = (const AstConstant *)slot;
        repr_const(out, c);
        if (c->u_prefix) sb_puts(out, ", kind='u'");
        break;
    }
    default: break;
    }
}

/* Fields left out by CPython's ast.dump: optional ones that are None. */
static bool field_absent(const Field *f, const void *base)
{
    const char *slot = (const char *)base + f->off;
    switch (f->type) {
    case F_EXPR: case F_PAT: case F_ARG: case F_IDENT:
        return *(void *const *)slot == NULL;
    default:
        return false;
    }
}

static void dump_rec(StrBuf *out, Rec r, const void *base)
{
    sb_puts(out, r.name);
    sb_putc(out, '(');
    bool first = true;
    for (const Field *f = r.fields; f->type != F_END; f++) {
        if (field_absent(f, base)) continue;
        if (!first) sb_puts(out, ", ");
        first = false;
        sb_printf(out, "%s=", f->name);
        dump_field(out, f, base);
    }
    sb_putc(out, ')');
}

void ast_dump(StrBuf *out, const AstModule *mod)
{
    sb_puts(out, "Module(body=[");
    for (uint32_t i = 0; i < mod->body.len; i++) {
        if (i) sb_puts(out, ", ");
        dump_rec(out, rec_of_stmt(mod->body.items[i]), mod->body.items[i]);
    }
    sb_puts(out, "], type_ignores=[])");
}

void ast_dump_expr(StrBuf *out, const AstExpr *e)
{
    dump_child(out, rec_of_expr, (Rec){ NULL, NULL }, e);
}
