/* lower_types.c — annotations to annotation types (ir.h's IrAnnot) and the
 * IR types of the slots they annotate, type names for diagnostics, and the
 * numeric tower's implicit conversions (bool -> int -> float), which are
 * the only conversions the lowering ever inserts. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

static bool is_name(const AstExpr *e, const char *n)
{
    return e->kind == AST_EXPR_Name && strcmp(e->v.Name.id, n) == 0;
}

/* The name an annotation spells: NAME or typing.NAME, else NULL. */
static const char *ann_name(const AstExpr *e)
{
    if (e->kind == AST_EXPR_Name) return e->v.Name.id;
    if (e->kind == AST_EXPR_Attribute && is_name(e->v.Attribute.value, "typing")) return e->v.Attribute.attr;
    return NULL;
}

static bool name_in(const char *n, const char *a, const char *b) { return strcmp(n, a) == 0 || strcmp(n, b) == 0; }

typedef VEC(TypeId) TypeVec;

/* Adds t to the members of a union, flattening nested unions and dropping
 * repeats. */
static void union_add(Lower *L, TypeVec *ms, TypeId t)
{
    TypeKind k = ir_type_kind(L->m, t);
    if (k == TY_UNION || k == TY_OPTIONAL) {
        for (uint32_t i = 0; i < ir_type_nparams(L->m, t); i++) union_add(L, ms, ir_type_param(L->m, t, i));
        if (k == TY_OPTIONAL) union_add(L, ms, ir_type(IR_TYPE_NONE));
        return;
    }
    for (uint32_t i = 0; i < ms->len; i++)
        if (ms->data[i].id == t.id) return;
    vec_push(ms, t);
}

/* One of the members: object if any is (anything), Optional[T] for T and
 * None, else Union[...]. */
static TypeId union_of(Lower *L, TypeVec *ms)
{
    uint32_t none = IR_NONE_ID;
    for (uint32_t i = 0; i < ms->len; i++) {
        if (ms->data[i].id == IR_TYPE_OBJECT) return ir_type(IR_TYPE_OBJECT);
        if (ms->data[i].id == IR_TYPE_NONE) none = i;
    }
    if (ms->len <= 1) return ms->len ? ms->data[0] : ir_type(IR_TYPE_OBJECT);
    if (ms->len == 2 && none != IR_NONE_ID) return ir_type_get(L->m, TY_OPTIONAL, &ms->data[1 - none], 1);
    return ir_type_get(L->m, TY_UNION, ms->data, ms->len);
}

enum { ANN_MAX_DEPTH = 100 };   /* deeper annotations are not checked (object) */

/* annotation := 'None' | 'int' | 'float' | 'bool' | 'str'
 *             | ('list' | 'set' | 'dict' | 'tuple') ['[' annotation, ... ']']
 *             | 'tuple' '[' annotation ',' '...' ']' | 'Optional' '[' annotation ']'
 *             | 'Union' '[' annotation, ... ']' | annotation '|' annotation
 * with typing's List, Set, Dict, Tuple, and a 'typing.' prefix on any name.
 * Anything else (a class, Any, Callable[...], a wrong number of
 * parameters) is object: any value fits it. */
static TypeId ann_type(Lower *L, const AstExpr *e, int depth)
{
    TypeId object = ir_type(IR_TYPE_OBJECT);
    if (depth > ANN_MAX_DEPTH) return object;
    if (e->kind == AST_EXPR_Constant && e->v.Constant.kind == AST_CONST_None) return ir_type(IR_TYPE_NONE);
    if (e->kind == AST_EXPR_BinOp && e->v.BinOp.op == AST_OP_BitOr) {
        TypeVec ms = {0};
        union_add(L, &ms, ann_type(L, e->v.BinOp.left, depth + 1));
        union_add(L, &ms, ann_type(L, e->v.BinOp.right, depth + 1));
        TypeId t = union_of(L, &ms);
        vec_free(&ms);
        return t;
    }
    const char *n = ann_name(e);
    if (n) {
        static const struct { const char *name; uint32_t id; } prims[] = {
            {"int", IR_TYPE_INT}, {"float", IR_TYPE_FLOAT}, {"bool", IR_TYPE_BOOL},
            {"str", IR_TYPE_STR}, {"None", IR_TYPE_NONE},
        };
        for (size_t i = 0; i < sizeof prims / sizeof *prims; i++)
            if (strcmp(n, prims[i].name) == 0) return ir_type(prims[i].id);
        TypeId any2[2] = {object, object};
        if (name_in(n, "list", "List")) return ir_type_list(L->m, object);
        if (name_in(n, "set", "Set")) return ir_type_get(L->m, TY_SET, any2, 1);
        if (name_in(n, "dict", "Dict")) return ir_type_get(L->m, TY_DICT, any2, 2);
        if (name_in(n, "tuple", "Tuple")) return ir_type_get(L->m, TY_VARTUPLE, any2, 1);
        return object;
    }
    if (e->kind != AST_EXPR_Subscript || !(n = ann_name(e->v.Subscript.value))) return object;
    const AstExpr *sl = e->v.Subscript.slice;
    AstExprList one = {(AstExpr **)&sl, 1};
    const AstExprList *args = sl->kind == AST_EXPR_Tuple ? &sl->v.Seq.elts : &one;
    uint32_t nargs = args->len;
    bool tuple = name_in(n, "tuple", "Tuple"), ellipsis = tuple && nargs == 2 &&
        args->items[1]->kind == AST_EXPR_Constant && args->items[1]->v.Constant.kind == AST_CONST_Ellipsis;
    TypeVec ts = {0};
    for (uint32_t i = 0; i < nargs - ellipsis; i++) vec_push(&ts, ann_type(L, args->items[i], depth + 1));
    TypeId t = object;
    if (name_in(n, "list", "List") && nargs == 1) t = ir_type_list(L->m, ts.data[0]);
    else if (name_in(n, "set", "Set") && nargs == 1) t = ir_type_get(L->m, TY_SET, ts.data, 1);
    else if (name_in(n, "dict", "Dict") && nargs == 2) t = ir_type_get(L->m, TY_DICT, ts.data, 2);
    else if (ellipsis) t = ir_type_get(L->m, TY_VARTUPLE, ts.data, 1);
    else if (tuple) t = ir_type_tuple(L->m, ts.data, ts.len);        /* tuple[()] is tuple[] */
    else if (strcmp(n, "Union") == 0 || (strcmp(n, "Optional") == 0 && nargs == 1)) {
        TypeVec ms = {0};
        for (uint32_t i = 0; i < ts.len; i++) union_add(L, &ms, ts.data[i]);
        if (n[0] == 'O') union_add(L, &ms, ir_type(IR_TYPE_NONE));
        t = union_of(L, &ms);
        vec_free(&ms);
    }
    vec_free(&ts);
    return t;
}

TypeId lower_annotation(Lower *L, const AstExpr *ann)
{
    TypeId t = ann_type(L, ann, 0);
    return t.id == IR_TYPE_OBJECT ? ir_type(IR_TYPE_UNKNOWN) : t;
}

/* Scalars and tuples of them: the types typed code has. */
static bool fixed(Lower *L, TypeId t)
{
    if (t.id <= IR_TYPE_STR) return true;
    if (ir_type_kind(L->m, t) != TY_TUPLE) return false;
    for (uint32_t i = 0; i < ir_type_nparams(L->m, t); i++)
        if (!fixed(L, ir_type_param(L->m, t, i))) return false;
    return true;
}

TypeId lower_slot_type(Lower *L, TypeId ann)
{
    return fixed(L, ann) ? ann : ir_type(IR_TYPE_UNKNOWN);
}

bool lower_admits_none(Lower *L, TypeId ann)
{
    TypeKind k = ir_type_kind(L->m, ann);
    if (k == TY_NONE || k == TY_OPTIONAL || k == TY_UNKNOWN || k == TY_OBJECT) return true;
    if (k != TY_UNION) return false;
    for (uint32_t i = 0; i < ir_type_nparams(L->m, ann); i++)
        if (lower_admits_none(L, ir_type_param(L->m, ann, i))) return true;
    return false;
}

static void type_text(Lower *L, TypeId t, StrBuf *sb)
{
    if (ir_type_kind(L->m, t) == TY_TUPLE) {
        sb_puts(sb, "tuple[");
        uint32_t n = ir_type_nparams(L->m, t);
        if (n == 0) sb_puts(sb, "()");
        for (uint32_t i = 0; i < n; i++) {
            if (i) sb_puts(sb, ", ");
            type_text(L, ir_type_param(L->m, t, i), sb);
        }
        sb_putc(sb, ']');
        return;
    }
    ir_type_print(L->m, t, sb);
}

const char *lower_type_name(Lower *L, TypeId t)
{
    StrBuf sb;
    sb_init(&sb);
    type_text(L, t, &sb);
    const char *r = arena_strndup(&L->arena, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

const char *lower_type_an(Lower *L, TypeId t)
{
    if (t.id == IR_TYPE_NONE) return "None";
    if (t.id == IR_TYPE_INT) return "an int";
    if (t.id == IR_TYPE_OBJECT) return "an object";
    if (t.id == IR_TYPE_UNKNOWN) return "a value of inferred type";
    return arena_sprintf(&L->arena, "a %s", lower_type_name(L, t));
}

/* A short rendering of an expression for messages; deep or unusual parts
 * become "...". */
static void unparse(const AstExpr *e, StrBuf *sb, int depth)
{
    if (depth > 6) {
        sb_puts(sb, "...");
        return;
    }
    switch (e->kind) {
    case AST_EXPR_Name: sb_puts(sb, e->v.Name.id); break;
    case AST_EXPR_Attribute:
        unparse(e->v.Attribute.value, sb, depth + 1);
        sb_printf(sb, ".%s", e->v.Attribute.attr);
        break;
    case AST_EXPR_Subscript:
        unparse(e->v.Subscript.value, sb, depth + 1);
        sb_putc(sb, '[');
        if (e->v.Subscript.slice->kind == AST_EXPR_Tuple) {
            const AstExprList *l = &e->v.Subscript.slice->v.Seq.elts;
            for (uint32_t i = 0; i < l->len; i++) {
                if (i) sb_puts(sb, ", ");
                unparse(l->items[i], sb, depth + 1);
            }
        } else {
            unparse(e->v.Subscript.slice, sb, depth + 1);
        }
        sb_putc(sb, ']');
        break;
    case AST_EXPR_Constant:
        switch (e->v.Constant.kind) {
        case AST_CONST_None: sb_puts(sb, "None"); break;
        case AST_CONST_True: sb_puts(sb, "True"); break;
        case AST_CONST_False: sb_puts(sb, "False"); break;
        case AST_CONST_Ellipsis: sb_puts(sb, "..."); break;
        case AST_CONST_Int: sb_puts(sb, e->v.Constant.v.i.digits); break;
        case AST_CONST_Str:
            sb_putc(sb, '\'');
            sb_putn(sb, e->v.Constant.v.s.data, e->v.Constant.v.s.len < 40 ? e->v.Constant.v.s.len : 40);
            sb_putc(sb, '\'');
            break;
        default: sb_puts(sb, "..."); break;
        }
        break;
    case AST_EXPR_BinOp:
        unparse(e->v.BinOp.left, sb, depth + 1);
        sb_printf(sb, " %s ", ast_operator_text(e->v.BinOp.op));
        unparse(e->v.BinOp.right, sb, depth + 1);
        break;
    case AST_EXPR_List: case AST_EXPR_Tuple:
        sb_putc(sb, e->kind == AST_EXPR_List ? '[' : '(');
        for (uint32_t i = 0; i < e->v.Seq.elts.len; i++) {
            if (i) sb_puts(sb, ", ");
            unparse(e->v.Seq.elts.items[i], sb, depth + 1);
        }
        sb_putc(sb, e->kind == AST_EXPR_List ? ']' : ')');
        break;
    default: sb_puts(sb, "..."); break;
    }
}

const char *lower_unparse(Lower *L, const AstExpr *e)
{
    StrBuf sb;
    sb_init(&sb);
    unparse(e, &sb, 0);
    const char *r = arena_strndup(&L->arena, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

bool lower_is_num(TypeId t)
{
    return t.id == IR_TYPE_BOOL || t.id == IR_TYPE_INT || t.id == IR_TYPE_FLOAT;
}

ValueId lower_to_int(Lower *L, ValueId v)
{
    if (lv_bad(v) || lower_vtype(L, v).id != IR_TYPE_BOOL) return v;
    return ir_unop(&L->b, IR_BOOL_TO_INT, v);
}

ValueId lower_to_float(Lower *L, ValueId v)
{
    v = lower_to_int(L, v);
    if (lv_bad(v) || lower_vtype(L, v).id != IR_TYPE_INT) return v;
    return ir_unop(&L->b, IR_INT_TO_FLOAT, v);
}

const char *lower_pyname(Lower *L, TypeId t)
{
    switch (ir_type_kind(L->m, t)) {
    case TY_NONE: return "NoneType";
    case TY_TUPLE: return "tuple";
    default: return lower_type_name(L, t);
    }
}

/* What print(), str() and repr() can render exactly as CPython does (a `?`
 * through the runtime's object formatting). */
bool lower_printable(Lower *L, TypeId t)
{
    switch (ir_type_kind(L->m, t)) {
    case TY_NONE: case TY_BOOL: case TY_INT: case TY_FLOAT: case TY_STR: case TY_UNKNOWN: return true;
    case TY_TUPLE:
        /* the Rust runtime formats tuples of at most 12 (std's limit for tuple traits) */
        if (ir_type_nparams(L->m, t) > 12) return false;
        for (uint32_t i = 0; i < ir_type_nparams(L->m, t); i++)
            if (!lower_printable(L, ir_type_param(L->m, t, i))) return false;
        return true;
    default: return false;
    }
}
