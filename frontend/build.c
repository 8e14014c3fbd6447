/* build.c — the AST builders the grammar actions call, and the checks
 * CPython's parser makes beyond the grammar proper: assignment targets,
 * argument and parameter order, except/except* mixing, pattern shapes.
 * Each check reports through parse_error and returns false/NULL; the
 * action then aborts the parse. */
#include "frontend/parse_internal.h"

#include <string.h>

PList pl_one(ParseCtx *pc, void *item)
{
    PNode *n = arena_alloc(pc->arena, sizeof *n);
    n->item = item;
    n->next = NULL;
    PList l = { n, n, 1 };
    return l;
}

PList pl_push(ParseCtx *pc, PList l, void *item)
{
    PNode *n = arena_alloc(pc->arena, sizeof *n);
    n->item = item;
    n->next = NULL;
    if (l.tail) l.tail->next = n; else l.head = n;
    l.tail = n;
    l.len++;
    return l;
}

PList pl_cat(PList a, PList b)
{
    if (!a.head) return b;
    if (!b.head) return a;
    a.tail->next = b.head;
    a.tail = b.tail;
    a.len += b.len;
    return a;
}

void **pl_array(ParseCtx *pc, PList l)
{
    if (l.len == 0) return NULL;
    void **arr = arena_alloc(pc->arena, l.len * sizeof *arr);
    uint32_t i = 0;
    for (PNode *n = l.head; n; n = n->next) arr[i++] = n->item;
    return arr;
}

AstExpr *ast_new_expr(ParseCtx *pc, AstExprKind kind, SrcLoc loc)
{
    AstExpr *e = arena_zalloc(pc->arena, sizeof *e);
    e->kind = kind;
    e->loc = loc;
    return e;
}

AstStmt *ast_new_stmt(ParseCtx *pc, AstStmtKind kind, SrcLoc loc)
{
    AstStmt *s = arena_zalloc(pc->arena, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    return s;
}

AstPattern *ast_new_pattern(ParseCtx *pc, AstPatternKind kind, SrcLoc loc)
{
    AstPattern *p = arena_zalloc(pc->arena, sizeof *p);
    p->kind = kind;
    p->loc = loc;
    return p;
}

/* NFKC for the compatibility characters that occur in practice (fullwidth
 * ASCII, micro sign, long s, fi/fl ligatures); identifiers are otherwise
 * kept as written. */
static const char *nfkc_ident(ParseCtx *pc, const char *s, uint32_t n)
{
    char *out = arena_alloc(pc->arena, (size_t)n * 2 + 1);
    size_t o = 0;
    for (uint32_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)s + i;
        if (u[0] == 0xEF && i + 2 < n && (u[1] == 0xBC || u[1] == 0xBD)) {
            uint32_t cp = 0xF000u | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
            if (cp >= 0xFF10 && cp <= 0xFF5A && (cp <= 0xFF19 || cp >= 0xFF21) &&
                (cp <= 0xFF3A || cp >= 0xFF41 || cp == 0xFF3F)) {
                out[o++] = (char)(cp - 0xFF00 + 0x20);
                i += 3;
                continue;
            }
        }
        if (u[0] == 0xC2 && i + 1 < n && u[1] == 0xB5) { out[o++] = (char)0xCE; out[o++] = (char)0xBC; i += 2; continue; }
        if (u[0] == 0xC5 && i + 1 < n && u[1] == 0xBF) { out[o++] = 's'; i += 2; continue; }
        if (u[0] == 0xEF && i + 2 < n && u[1] == 0xAC && (u[2] == 0x81 || u[2] == 0x82)) {
            out[o++] = 'f';
            out[o++] = u[2] == 0x81 ? 'i' : 'l';
            i += 3;
            continue;
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

const char *ast_intern(ParseCtx *pc, const Tok *t)
{
    for (uint32_t i = 0; i < t->len; i++)
        if ((unsigned char)t->text[i] >= 0x80) return nfkc_ident(pc, t->text, t->len);
    return arena_strndup(pc->arena, t->text, t->len);
}

Tok *p_tok(ParseCtx *pc, const Tok *t)
{
    Tok *c = arena_alloc(pc->arena, sizeof *c);
    *c = *t;
    return c;
}

const char *p_dotted(ParseCtx *pc, const char *prefix, const Tok *name)
{
    return arena_sprintf(pc->arena, "%s.%.*s", prefix, (int)name->len, name->text);
}

AstExpr *p_fix_parens(AstExpr *e)
{
    if (e->parens < UINT8_MAX) e->parens++;
    return e;
}

/* ---- simple expressions -------------------------------------------------- */

AstExpr *p_name(ParseCtx *pc, const Tok *t)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Name, t->loc);
    e->v.Name.id = ast_intern(pc, t);
    return e;
}

AstExpr *p_const(ParseCtx *pc, SrcLoc loc, AstConstKind kind)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Constant, loc);
    e->v.Constant.kind = kind;
    return e;
}

AstExpr *p_binop(ParseCtx *pc, AstExpr *l, AstOperator op, AstExpr *r)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_BinOp, l->loc);
    e->v.BinOp.left = l;
    e->v.BinOp.op = op;
    e->v.BinOp.right = r;
    return e;
}

AstExpr *p_unary(ParseCtx *pc, SrcLoc loc, AstUnaryOp op, AstExpr *operand)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_UnaryOp, loc);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = operand;
    return e;
}

/* `l op r` under a left-associative grammar rule: extends l when it is an
 * unparenthesized BoolOp of the same op (so `a or b or c` is one node, and
 * `(a or b) or c` two), else starts a new BoolOp.  A BoolOp built here keeps
 * its items in an arena array whose capacity is the power of two >= len,
 * so a chain of n operands costs O(n) (the array doubles when len reaches
 * a power of two). */
AstExpr *p_boolop(ParseCtx *pc, AstBoolOp op, AstExpr *l, AstExpr *r)
{
    if (l->kind == AST_EXPR_BoolOp && l->v.BoolOp.op == op && l->parens == 0) {
        AstExprList *v = &l->v.BoolOp.values;
        if ((v->len & (v->len - 1)) == 0) {
            AstExpr **items = arena_alloc(pc->arena, 2 * (size_t)v->len * sizeof *items);
            memcpy(items, v->items, v->len * sizeof *items);
            v->items = items;
        }
        v->items[v->len++] = r;
        return l;
    }
    AstExpr *e = ast_new_expr(pc, AST_EXPR_BoolOp, l->loc);
    e->v.BoolOp.op = op;
    e->v.BoolOp.values.items = arena_alloc(pc->arena, 2 * sizeof(AstExpr *));
    e->v.BoolOp.values.items[0] = l;
    e->v.BoolOp.values.items[1] = r;
    e->v.BoolOp.values.len = 2;
    return e;
}

/* ops_and_operands alternates op (as an integer), operand, op, operand... */
AstExpr *p_compare(ParseCtx *pc, AstExpr *left, PList chain)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Compare, left->loc);
    uint32_t n = chain.len / 2, i = 0;
    e->v.Compare.left = left;
    e->v.Compare.ops.items = arena_alloc(pc->arena, n * sizeof(AstCmpOp));
    e->v.Compare.ops.len = n;
    e->v.Compare.comparators.items = arena_alloc(pc->arena, n * sizeof(AstExpr *));
    e->v.Compare.comparators.len = n;
    for (PNode *p = chain.head; p; p = p->next->next, i++) {
        e->v.Compare.ops.items[i] = (AstCmpOp)(intptr_t)p->item;
        e->v.Compare.comparators.items[i] = p->next->item;
    }
    return e;
}

AstExpr *p_seq(ParseCtx *pc, AstExprKind kind, SrcLoc loc, PList elts)
{
    AstExpr *e = ast_new_expr(pc, kind, loc);
    if (kind == AST_EXPR_Set) e->v.Set.elts = PL_LIST(pc, AstExprList, elts);
    else e->v.Seq.elts = PL_LIST(pc, AstExprList, elts);
    return e;
}

AstExpr *p_starred(ParseCtx *pc, SrcLoc loc, AstExpr *value)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Starred, loc);
    e->v.Starred.value = value;
    return e;
}

PList p_dict_add(ParseCtx *pc, PList l, AstExpr *key, AstExpr *value)
{
    AstExpr **pair = arena_alloc(pc->arena, 2 * sizeof *pair);
    pair[0] = key;
    pair[1] = value;
    return pl_push(pc, l, pair);
}

AstExpr *p_dict(ParseCtx *pc, SrcLoc loc, PList pairs)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Dict, loc);
    uint32_t n = pairs.len, i = 0;
    e->v.Dict.keys.items = arena_alloc(pc->arena, n * sizeof(AstExpr *));
    e->v.Dict.values.items = arena_alloc(pc->arena, n * sizeof(AstExpr *));
    e->v.Dict.keys.len = e->v.Dict.values.len = n;
    for (PNode *p = pairs.head; p; p = p->next, i++) {
        AstExpr **pair = p->item;
        e->v.Dict.keys.items[i] = pair[0];
        e->v.Dict.values.items[i] = pair[1];
    }
    return e;
}

/* ---- comprehensions -------------------------------------------------------- */

CompItem *p_comp_for(ParseCtx *pc, AstExpr *target, AstExpr *iter, bool is_async)
{
    CompItem *it = arena_zalloc(pc->arena, sizeof *it);
    it->comp = arena_zalloc(pc->arena, sizeof *it->comp);
    it->comp->target = target;
    it->comp->iter = iter;
    it->comp->is_async = is_async;
    return it;
}

CompItem *p_comp_if(ParseCtx *pc, AstExpr *cond)
{
    CompItem *it = arena_zalloc(pc->arena, sizeof *it);
    it->cond = cond;
    return it;
}

AstExpr *p_comp(ParseCtx *pc, AstExprKind kind, SrcLoc loc, AstExpr *elt, AstExpr *value, PList items)
{
    if (elt->kind == AST_EXPR_Starred && elt->parens == 0) {
        parse_error(pc, elt->loc, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    AstExpr *e = ast_new_expr(pc, kind, loc);
    PList gens = pl_empty();
    for (PNode *p = items.head; p;) {
        CompItem *it = p->item;
        PList ifs = pl_empty();
        for (p = p->next; p && ((CompItem *)p->item)->cond; p = p->next)
            ifs = pl_push(pc, ifs, ((CompItem *)p->item)->cond);
        it->comp->ifs = PL_LIST(pc, AstExprList, ifs);
        gens = pl_push(pc, gens, it->comp);
    }
    if (kind == AST_EXPR_DictComp) {
        e->v.DictComp.key = elt;
        e->v.DictComp.value = value;
        e->v.DictComp.generators = PL_LIST(pc, AstComprehensionList, gens);
    } else {
        e->v.Comp.elt = elt;
        e->v.Comp.generators = PL_LIST(pc, AstComprehensionList, gens);
    }
    return e;
}

/* ---- targets ----------------------------------------------------------------- */

/* CPython's _PyPegen_get_expr_name. */
static const char *expr_name(const AstExpr *e)
{
    switch (e->kind) {
    case AST_EXPR_Attribute: return "attribute";
    case AST_EXPR_Subscript: return "subscript";
    case AST_EXPR_Starred: return "starred";
    case AST_EXPR_Name: return "name";
    case AST_EXPR_List: return "list";
    case AST_EXPR_Tuple: return "tuple";
    case AST_EXPR_Lambda: return "lambda";
    case AST_EXPR_Call: return "function call";
    case AST_EXPR_BoolOp: case AST_EXPR_BinOp: case AST_EXPR_UnaryOp: return "expression";
    case AST_EXPR_GeneratorExp: return "generator expression";
    case AST_EXPR_Yield: case AST_EXPR_YieldFrom: return "yield expression";
    case AST_EXPR_Await: return "await expression";
    case AST_EXPR_ListComp: return "list comprehension";
    case AST_EXPR_SetComp: return "set comprehension";
    case AST_EXPR_DictComp: return "dict comprehension";
    case AST_EXPR_Dict: return "dict literal";
    case AST_EXPR_Set: return "set display";
    case AST_EXPR_JoinedStr: case AST_EXPR_FormattedValue: return "f-string expression";
    case AST_EXPR_Constant:
        switch (e->v.Constant.kind) {
        case AST_CONST_None: return "None";
        case AST_CONST_True: return "True";
        case AST_CONST_False: return "False";
        case AST_CONST_Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case AST_EXPR_Compare: return "comparison";
    case AST_EXPR_IfExp: return "conditional expression";
    case AST_EXPR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

static bool target(ParseCtx *pc, AstExpr *e, TargetUse use, bool top)
{
    AstExprContext ctx = use == TARGET_DEL ? AST_CTX_Del : AST_CTX_Store;
    switch (e->kind) {
    case AST_EXPR_Name: e->v.Name.ctx = ctx; return true;
    case AST_EXPR_Attribute: e->v.Attribute.ctx = ctx; return true;
    case AST_EXPR_Subscript: e->v.Subscript.ctx = ctx; return true;
    case AST_EXPR_Tuple:
    case AST_EXPR_List:
        e->v.Seq.ctx = ctx;
        for (uint32_t i = 0; i < e->v.Seq.elts.len; i++)
            if (!target(pc, e->v.Seq.elts.items[i], use, false)) return false;
        return true;
    case AST_EXPR_Starred:
        if (use == TARGET_DEL) {
            parse_error(pc, e->loc, "cannot delete starred");
            return false;
        }
        e->v.Starred.ctx = ctx;
        return target(pc, e->v.Starred.value, use, false);
    default:
        break;
    }
    if (use == TARGET_DEL) {
        parse_error(pc, e->loc, "cannot delete %s", expr_name(e));
    } else if (use == TARGET_ASSIGN && (e->kind == AST_EXPR_Yield || e->kind == AST_EXPR_YieldFrom)) {
        parse_error(pc, e->loc, "assignment to yield expression not possible");
    } else if (use == TARGET_ASSIGN && top && e->kind != AST_EXPR_Compare) {
        parse_error(pc, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    expr_name(e));
    } else {
        parse_error(pc, e->loc, "cannot assign to %s", expr_name(e));
    }
    return false;
}

bool p_target(ParseCtx *pc, AstExpr *e, TargetUse use)
{
    return target(pc, e, use, true);
}

AstStmt *p_expr_stmt(ParseCtx *pc, PList chain)
{
    if (chain.len == 1) {
        AstExpr *v = chain.head->item;
        AstStmt *s = ast_new_stmt(pc, AST_STMT_Expr, v->loc);
        s->v.Expr.value = v;
        return s;
    }
    AstExpr *first = chain.head->item;
    AstStmt *s = ast_new_stmt(pc, AST_STMT_Assign, first->loc);
    PList targets = pl_empty();
    for (PNode *p = chain.head; p->next; p = p->next) {
        if (!p_target(pc, p->item, TARGET_ASSIGN)) return NULL;
        targets = pl_push(pc, targets, p->item);
    }
    s->v.Assign.targets = PL_LIST(pc, AstExprList, targets);
    s->v.Assign.value = chain.tail->item;
    return s;
}

AstStmt *p_annassign(ParseCtx *pc, AstExpr *t, AstExpr *ann, AstExpr *value)
{
    if (t->kind == AST_EXPR_Tuple || t->kind == AST_EXPR_List) {
        parse_error(pc, t->loc, "only single target (not %s) can be annotated",
                    t->kind == AST_EXPR_Tuple ? "tuple" : "list");
        return NULL;
    }
    if (t->kind != AST_EXPR_Name && t->kind != AST_EXPR_Attribute && t->kind != AST_EXPR_Subscript) {
        parse_error(pc, t->loc, "illegal target for annotation");
        return NULL;
    }
    p_target(pc, t, TARGET_ASSIGN);
    AstStmt *s = ast_new_stmt(pc, AST_STMT_AnnAssign, t->loc);
    s->v.AnnAssign.target = t;
    s->v.AnnAssign.annotation = ann;
    s->v.AnnAssign.value = value;
    s->v.AnnAssign.simple = t->kind == AST_EXPR_Name && t->parens == 0;
    return s;
}

AstStmt *p_augassign(ParseCtx *pc, AstExpr *t, const Tok *op, AstExpr *value)
{
    if (t->kind != AST_EXPR_Name && t->kind != AST_EXPR_Attribute && t->kind != AST_EXPR_Subscript) {
        parse_error(pc, t->loc, "'%s' is an illegal expression for augmented assignment", expr_name(t));
        return NULL;
    }
    p_target(pc, t, TARGET_ASSIGN);
    AstStmt *s = ast_new_stmt(pc, AST_STMT_AugAssign, t->loc);
    s->v.AugAssign.target = t;
    AstOperator o = AST_OP_Add;
    for (int k = 0; k < AST_OP_COUNT_; k++) {
        const char *txt = ast_operator_text((AstOperator)k);
        if (strlen(txt) + 1 == op->len && memcmp(txt, op->text, op->len - 1) == 0) o = (AstOperator)k;
    }
    s->v.AugAssign.op = o;
    s->v.AugAssign.value = value;
    return s;
}

/* ---- calls and class arguments -------------------------------------------- */

CallArg *p_arg(ParseCtx *pc, ArgKind kind, SrcLoc loc, AstExpr *name, AstExpr *value)
{
    CallArg *a = arena_zalloc(pc->arena, sizeof *a);
    a->kind = kind;
    a->loc = loc;
    a->value = value;
    if (kind == ARG_KW) {
        if (name->kind == AST_EXPR_Constant &&
            (name->v.Constant.kind == AST_CONST_True || name->v.Constant.kind == AST_CONST_False ||
             name->v.Constant.kind == AST_CONST_None) && name->parens == 0) {
            parse_error(pc, name->loc, "cannot assign to %s", expr_name(name));
            return NULL;
        }
        if (name->kind != AST_EXPR_Name || name->parens) {
            parse_error(pc, name->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
            return NULL;
        }
        a->name = name->v.Name.id;
    }
    return a;
}

static bool split_args(ParseCtx *pc, PList args, AstExprList *pos, AstKeywordList *kws)
{
    PList p_pos = pl_empty(), p_kw = pl_empty();
    bool seen_kw = false, seen_dstar = false;
    for (PNode *n = args.head; n; n = n->next) {
        CallArg *a = n->item;
        switch (a->kind) {
        case ARG_GENEXP:
            if (args.len > 1) {
                parse_error(pc, a->loc, "Generator expression must be parenthesized");
                return false;
            }
            /* fall through */
        case ARG_POS:
            if (seen_dstar || seen_kw) {
                parse_error(pc, a->loc, seen_dstar ? "positional argument follows keyword argument unpacking"
                                                   : "positional argument follows keyword argument");
                return false;
            }
            p_pos = pl_push(pc, p_pos, a->value);
            break;
        case ARG_STAR:
            if (seen_dstar) {
                parse_error(pc, a->loc, "iterable argument unpacking follows keyword argument unpacking");
                return false;
            }
            p_pos = pl_push(pc, p_pos, p_starred(pc, a->loc, a->value));
            break;
        case ARG_KW:
        case ARG_DSTAR: {
            AstKeyword *k = arena_zalloc(pc->arena, sizeof *k);
            k->loc = a->loc;
            k->arg = a->kind == ARG_KW ? a->name : NULL;
            k->value = a->value;
            if (a->kind == ARG_KW) seen_kw = true; else seen_dstar = true;
            p_kw = pl_push(pc, p_kw, k);
            break;
        }
        }
    }
    *pos = PL_LIST(pc, AstExprList, p_pos);
    *kws = PL_LIST(pc, AstKeywordList, p_kw);
    return true;
}

AstExpr *p_call(ParseCtx *pc, AstExpr *func, PList args)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Call, func->loc);
    e->v.Call.func = func;
    if (!split_args(pc, args, &e->v.Call.args, &e->v.Call.keywords)) return NULL;
    return e;
}

bool p_class_args(ParseCtx *pc, PList args, AstExprList *bases, AstKeywordList *kws)
{
    for (PNode *n = args.head; n; n = n->next)
        if (((CallArg *)n->item)->kind == ARG_GENEXP) {
            parse_error(pc, ((CallArg *)n->item)->loc, "invalid syntax");
            return false;
        }
    return split_args(pc, args, bases, kws);
}

/* ---- parameters ---------------------------------------------------------------- */

Param *p_param(ParseCtx *pc, ParamKind kind, const Tok *name, AstExpr *ann, AstExpr *dflt, SrcLoc loc)
{
    Param *p = arena_zalloc(pc->arena, sizeof *p);
    p->kind = kind;
    p->loc = loc;
    p->dflt = dflt;
    if (name) {
        p->arg = arena_zalloc(pc->arena, sizeof *p->arg);
        p->arg->loc = name->loc;
        p->arg->arg = ast_intern(pc, name);
        p->arg->annotation = ann;
    }
    return p;
}

/* Sorts a flat parameter list into AstArguments with CPython's checks. */
AstArguments *p_arguments(ParseCtx *pc, PList params)
{
    AstArguments *a = arena_zalloc(pc->arena, sizeof *a);
    PList pos = pl_empty(), posonly = pl_empty(), kwonly = pl_empty(), kwdef = pl_empty(),
          defaults = pl_empty();
    bool seen_slash = false, seen_star = false, bare_star = false, seen_default = false;
    SrcLoc star_loc = {0, 0, 0};
    for (PNode *n = params.head; n; n = n->next) {
        Param *p = n->item;
        if (a->kwarg) {
            parse_error(pc, p->loc, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        switch (p->kind) {
        case PARAM_SLASH:
            if (seen_slash) { parse_error(pc, p->loc, "/ may appear only once"); return NULL; }
            if (seen_star) { parse_error(pc, p->loc, "/ must be ahead of *"); return NULL; }
            if (pos.len == 0) { parse_error(pc, p->loc, "at least one argument must precede /"); return NULL; }
            seen_slash = true;
            posonly = pos;
            pos = pl_empty();
            break;
        case PARAM_PLAIN:
            if (seen_star) {
                kwonly = pl_push(pc, kwonly, p->arg);
                kwdef = pl_push(pc, kwdef, p->dflt);
                bare_star = false;
            } else {
                if (p->dflt) {
                    defaults = pl_push(pc, defaults, p->dflt);
                    seen_default = true;
                } else if (seen_default) {
                    parse_error(pc, p->loc, "non-default argument follows default argument");
                    return NULL;
                }
                pos = pl_push(pc, pos, p->arg);
            }
            break;
        case PARAM_STAR:
            if (seen_star) { parse_error(pc, p->loc, "* argument may appear only once"); return NULL; }
            seen_star = true;
            star_loc = p->loc;
            bare_star = p->arg == NULL;
            a->vararg = p->arg;
            break;
        case PARAM_DSTAR:
            if (bare_star) { parse_error(pc, star_loc, "named arguments must follow bare *"); return NULL; }
            a->kwarg = p->arg;
            break;
        }
    }
    if (bare_star) {
        parse_error(pc, star_loc, "named arguments must follow bare *");
        return NULL;
    }
    a->posonlyargs = PL_LIST(pc, AstArgList, posonly);
    a->args = PL_LIST(pc, AstArgList, pos);
    a->kwonlyargs = PL_LIST(pc, AstArgList, kwonly);
    a->kw_defaults = PL_LIST(pc, AstExprList, kwdef);
    a->defaults = PL_LIST(pc, AstExprList, defaults);
    return a;
}

/* ---- try ------------------------------------------------------------------------ */

Handler *p_handler(ParseCtx *pc, SrcLoc loc, AstExpr *type, const Tok *name, PList body, bool star)
{
    Handler *h = arena_zalloc(pc->arena, sizeof *h);
    h->h = arena_zalloc(pc->arena, sizeof *h->h);
    h->h->loc = loc;
    h->h->type = type;
    h->h->name = name ? ast_intern(pc, name) : NULL;
    h->h->body = PL_LIST(pc, AstStmtList, body);
    h->star = star;
    return h;
}

AstStmt *p_try(ParseCtx *pc, SrcLoc loc, PList body, PList handlers, PList orelse, PList finalbody)
{
    bool star = handlers.head && ((Handler *)handlers.head->item)->star;
    PList hs = pl_empty();
    for (PNode *n = handlers.head; n; n = n->next) {
        Handler *h = n->item;
        if (h->star != star) {
            parse_error(pc, h->h->loc, "cannot have both 'except' and 'except*' on the same 'try'");
            return NULL;
        }
        hs = pl_push(pc, hs, h->h);
    }
    AstStmt *s = ast_new_stmt(pc, star ? AST_STMT_TryStar : AST_STMT_Try, loc);
    s->v.Try.body = PL_LIST(pc, AstStmtList, body);
    s->v.Try.handlers = PL_LIST(pc, AstExceptHandlerList, hs);
    s->v.Try.orelse = PL_LIST(pc, AstStmtList, orelse);
    s->v.Try.finalbody = PL_LIST(pc, AstStmtList, finalbody);
    return s;
}

/* ---- patterns ---------------------------------------------------------------------- */

MapEntry *p_map_entry(ParseCtx *pc, AstExpr *key, AstPattern *pat, const Tok *name)
{
    MapEntry *m = arena_zalloc(pc->arena, sizeof *m);
    m->key = key;
    m->pat = pat;
    m->name = name ? p_tok(pc, name) : NULL;
    return m;
}

bool p_mapping_pattern(ParseCtx *pc, AstPattern *p, PList entries)
{
    PList keys = pl_empty(), pats = pl_empty();
    for (PNode *n = entries.head; n; n = n->next) {
        MapEntry *m = n->item;
        if (m->name) {
            if (n->next) {
                parse_error(pc, m->name->loc, "invalid syntax");
                return false;
            }
            p->v.MatchMapping.rest = ast_intern(pc, m->name);
            continue;
        }
        keys = pl_push(pc, keys, m->key);
        pats = pl_push(pc, pats, m->pat);
    }
    p->v.MatchMapping.keys = PL_LIST(pc, AstExprList, keys);
    p->v.MatchMapping.patterns = PL_LIST(pc, AstPatternList, pats);
    return true;
}

bool p_class_pattern(ParseCtx *pc, AstPattern *p, PList args)
{
    PList pos = pl_empty(), names = pl_empty(), kpats = pl_empty();
    for (PNode *n = args.head; n; n = n->next) {
        MapEntry *m = n->item;
        if (m->name) {
            names = pl_push(pc, names, (void *)ast_intern(pc, m->name));
            kpats = pl_push(pc, kpats, m->pat);
        } else if (names.len) {
            parse_error(pc, m->pat->loc, "positional patterns follow keyword patterns");
            return false;
        } else {
            pos = pl_push(pc, pos, m->pat);
        }
    }
    p->v.MatchClass.patterns = PL_LIST(pc, AstPatternList, pos);
    p->v.MatchClass.kwd_attrs = PL_LIST(pc, AstIdentList, names);
    p->v.MatchClass.kwd_patterns = PL_LIST(pc, AstPatternList, kpats);
    return true;
}

bool p_complex_pattern(ParseCtx *pc, AstExpr *real, AstExpr *imag)
{
    const AstExpr *r = real->kind == AST_EXPR_UnaryOp ? real->v.UnaryOp.operand : real;
    if (r->v.Constant.kind == AST_CONST_Complex) {
        parse_error(pc, real->loc, "real number required in complex literal");
        return false;
    }
    if (imag->v.Constant.kind != AST_CONST_Complex) {
        parse_error(pc, imag->loc, "imaginary number required in complex literal");
        return false;
    }
    return true;
}
