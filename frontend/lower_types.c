/* lower_types.c — annotations to IR types, type names for diagnostics, and
 * the numeric tower's implicit conversions (bool -> int -> float), which are
 * the only conversions the lowering ever inserts. */
#include "frontend/lower_int.h"

#include <stdlib.h>
#include <string.h>

static bool is_name(const AstExpr *e, const char *n)
{
    return e->kind == AST_EXPR_Name && strcmp(e->v.Name.id, n) == 0;
}

/* annotation := 'int' | 'float' | 'bool' | 'str' | 'None' | 'tuple' '[' annotation, ... ']'
 * Any other annotation (Optional[float], list, dict[str, int], ...) is `?`,
 * as if absent: container annotations are not checked yet. */
TypeId lower_annotation(Lower *L, const AstExpr *ann)
{
    if (ann->kind == AST_EXPR_Constant && ann->v.Constant.kind == AST_CONST_None)
        return ir_type(IR_TYPE_NONE);
    if (ann->kind == AST_EXPR_Name) {
        static const struct { const char *name; uint32_t id; } prims[] = {
            {"int", IR_TYPE_INT}, {"float", IR_TYPE_FLOAT}, {"bool", IR_TYPE_BOOL},
            {"str", IR_TYPE_STR}, {"None", IR_TYPE_NONE},
        };
        for (size_t i = 0; i < sizeof prims / sizeof *prims; i++)
            if (strcmp(ann->v.Name.id, prims[i].name) == 0) return ir_type(prims[i].id);
    }
    if (ann->kind == AST_EXPR_Subscript && (is_name(ann->v.Subscript.value, "tuple") ||
                                            is_name(ann->v.Subscript.value, "Tuple"))) {
        const AstExpr *sl = ann->v.Subscript.slice;
        const AstExprList *elts = NULL;
        AstExprList one = {(AstExpr **)&sl, 1};
        elts = sl->kind == AST_EXPR_Tuple ? &sl->v.Seq.elts : &one;
        VEC(TypeId) ts = {0};
        bool ok = true;          /* tuple[int, ...] (variable length) is `?` too */
        for (uint32_t i = 0; i < elts->len && ok; i++) {
            TypeId t = lower_annotation(L, elts->items[i]);
            if (lower_unknown(t)) ok = false;
            vec_push(&ts, t);
        }
        TypeId r = ok ? ir_type_tuple(L->m, ts.data, ts.len) : ir_type(IR_TYPE_UNKNOWN);
        vec_free(&ts);
        return r;
    }
    return ir_type(IR_TYPE_UNKNOWN);
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
