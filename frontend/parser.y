/* parser.y — the Python 3.11 grammar as an LALR(1) bison grammar building
 * the AST of ast.h.  Each rule group carries the production of CPython's
 * Grammar/python.gram it implements.  Where the PEG grammar is not LR(1)
 * the lexer (lex.c) resolves it: soft keywords match/case, and a '(' after
 * `with` that opens with-items (WITH_LPAREN).  Targets are parsed as
 * expressions and checked afterwards (p_target), as CPython's older LL(1)
 * parser did.  Zero conflicts: %expect 0. */

%code requires {
#include "frontend/parse_internal.h"
}

%code provides {
int parse_yylex(PARSE_YYSTYPE *lval, ParseCtx *pc);
void parse_yyerror(ParseCtx *pc, const char *msg);
int parse_yyparse(ParseCtx *pc);
}

%code {
#include <string.h>

/* Nesting of right-recursive constructs (unary operators, `not`, lambda,
 * conditional chains) is limited by the stack; CPython rejects such input
 * even earlier (MemoryError / RecursionError). */
#define YYMAXDEPTH 60000
#define YYINITDEPTH 400

#define FAIL(loc, ...) do { parse_error(pc, (loc), __VA_ARGS__); YYABORT; } while (0)
#define NEW_STMT(kind, loc) ast_new_stmt(pc, AST_STMT_##kind, (loc))
#define NEW_EXPR(kind, loc) ast_new_expr(pc, AST_EXPR_##kind, (loc))
#define NEW_PAT(kind, loc) ast_new_pattern(pc, AST_PAT_##kind, (loc))
#define STMTS(l) PL_LIST(pc, AstStmtList, (l))
#define EXPRS(l) PL_LIST(pc, AstExprList, (l))
#define PATS(l) PL_LIST(pc, AstPatternList, (l))
#define CHECK(x) do { if (!(x)) YYABORT; } while (0)

static AstStmt *if_chain(ParseCtx *pc, SrcLoc loc, AstExpr *test, PList body, PList orelse)
{
    AstStmt *s = NEW_STMT(If, loc);
    s->v.If.test = test;
    s->v.If.body = STMTS(body);
    s->v.If.orelse = STMTS(orelse);
    return s;
}

static AstStmt *decorate(ParseCtx *pc, PList decorators, AstStmt *s)
{
    if (s->kind == AST_STMT_ClassDef) s->v.ClassDef.decorator_list = EXPRS(decorators);
    else s->v.FunctionDef.decorator_list = EXPRS(decorators);
    return s;
}

static AstMatchCase *match_case(ParseCtx *pc, AstPattern *p, AstExpr *guard, PList body)
{
    AstMatchCase *c = arena_zalloc(pc->arena, sizeof *c);
    c->pattern = p;
    c->guard = guard;
    c->body = STMTS(body);
    return c;
}

static AstPattern *match_as(ParseCtx *pc, SrcLoc loc, AstPattern *p, const Tok *name)
{
    AstPattern *r = NEW_PAT(MatchAs, loc);
    r->v.MatchAs.pattern = p;
    r->v.MatchAs.name = name && !(name->len == 1 && name->text[0] == '_') ? ast_intern(pc, name) : NULL;
    return r;
}

static AstPattern *match_seq(ParseCtx *pc, SrcLoc loc, PList pats)
{
    AstPattern *r = NEW_PAT(MatchSequence, loc);
    r->v.MatchSequence.patterns = PATS(pats);
    return r;
}

static AstPattern *match_value(ParseCtx *pc, AstExpr *e)
{
    AstPattern *r = NEW_PAT(MatchValue, e->loc);
    r->v.MatchValue.value = e;
    return r;
}

static AstWithItem *with_item(ParseCtx *pc, AstExpr *ctx, AstExpr *vars)
{
    AstWithItem *w = arena_zalloc(pc->arena, sizeof *w);
    w->context_expr = ctx;
    w->optional_vars = vars;
    return w;
}

/* `with (a, b):` is two with-items, not a tuple: CPython tries the
 * parenthesized form first.  The lexer sends the forms with `as` as
 * WITH_LPAREN; the rest arrive here as one parenthesized Tuple item. */
static PList with_split(ParseCtx *pc, PList items)
{
    AstWithItem *w = items.head->item;
    AstExpr *t = w->context_expr;
    if (items.len != 1 || w->optional_vars || t->kind != AST_EXPR_Tuple || t->parens != 1 ||
        t->v.Seq.elts.len == 0)
        return items;
    for (uint32_t i = 0; i < t->v.Seq.elts.len; i++) {
        AstExpr *e = t->v.Seq.elts.items[i];
        if ((e->kind == AST_EXPR_Starred || e->kind == AST_EXPR_NamedExpr) && e->parens == 0) return items;
    }
    PList out = pl_empty();
    for (uint32_t i = 0; i < t->v.Seq.elts.len; i++) out = pl_push(pc, out, with_item(pc, t->v.Seq.elts.items[i], NULL));
    return out;
}

static AstAlias *alias(ParseCtx *pc, SrcLoc loc, const char *name, const Tok *as)
{
    AstAlias *a = arena_zalloc(pc->arena, sizeof *a);
    a->loc = loc;
    a->name = name;
    a->asname = as ? ast_intern(pc, as) : NULL;
    return a;
}

}

%define api.pure full
%define api.prefix {parse_yy}
%define api.token.prefix {TK_}
%define parse.error custom
%param {ParseCtx *pc}
%expect 0

%union {
    Tok tok;
    AstExpr *expr;
    AstStmt *stmt;
    AstPattern *pat;
    PList list;
    void *ptr;
    const char *str;
    int num;
}

%token <tok> NAME NUMBER STRING NEWLINE INDENT DEDENT
%token <tok> FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert"
%token <tok> ASYNC "async" AWAIT "await" BREAK "break" CLASS "class" CONTINUE "continue"
%token <tok> DEF "def" DEL "del" ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally"
%token <tok> FOR "for" FROM "from" GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is"
%token <tok> LAMBDA "lambda" NONLOCAL "nonlocal" NOT "not" OR "or" PASS "pass" RAISE "raise"
%token <tok> RETURN "return" TRY "try" WHILE "while" WITH "with" YIELD "yield"
%token <tok> MATCH "match" CASE "case"
%token <tok> EQEQ "==" NOTEQ "!=" LE "<=" GE ">=" LSHIFT "<<" RSHIFT ">>" POW "**"
%token <tok> FLOORDIV "//" ARROW "->" COLONEQ ":=" ELLIPSIS "..." AUGASSIGN
%token <tok> WITH_LPAREN FSTRING_START ERRORTOKEN
%token <tok> '(' ')' '[' ']' '{' '}' ':' ',' ';' '+' '-' '*' '/' '|' '&' '<' '>' '='
%token <tok> '.' '%' '~' '^' '@'

%left "or"
%left "and"
%precedence "not"
%left '|'
%left '^'
%left '&'
%left "<<" ">>"
%left '+' '-'
%left '*' '/' '%' "//" '@'
%precedence UNARY
%right "**"

%type <list> stmts stmts1 stmt simple_stmts simple_stmt_list block elif_chain else_block
%type <list> finally_block except_list assign_chain decorators
%type <list> star_expressions_list star_named_list target_list_c slice_list
%type <list> arglist params param_list lparams lparam_list name_list dotted_as_names
%type <list> import_as_names import_targets with_items case_blocks comp_for
%type <list> pat_items_c open_seq map_body class_args strings compare_chain
%type <list> dict_body
%type <stmt> simple_stmt compound_stmt expr_stmt funcdef classdef if_stmt while_stmt
%type <stmt> for_stmt with_stmt try_stmt match_stmt import_stmt
%type <expr> star_expressions star_expression star_named_expression named_expression
%type <expr> expression disjunction bitor primary
%type <expr> yield_expr yield_or_star lambdef target_list target_item slices slice_item
%type <expr> opt_expr subject return_annot class_key literal_expr signed_number
%type <expr> name_or_attr attr guard star_expressions_opt
%type <ptr> argument param lparam except_clause with_item case_block comp_clause map_entry
%type <ptr> class_arg import_as_name dotted_as_name
%type <pat> patterns pattern or_pattern closed_pattern maybe_star_pattern
%type <list> or_pat_list
%type <tok> dotted_name
%type <num> dots comp_op

%%

/* file: [statements] ENDMARKER
 * fstring: star_expressions  (an f-string replacement field, see strings.c) */
file:
    stmts                           { pc->module->body = STMTS($1); }
  | FSTRING_START star_expressions  { pc->fexpr = $2; }
  ;

/* statements: statement+ */
stmts:
    %empty                          { $$ = pl_empty(); }
  | stmts stmt                      { $$ = pl_cat($1, $2); }
  ;
stmts1:
    stmt
  | stmts1 stmt                     { $$ = pl_cat($1, $2); }
  ;

/* statement: compound_stmt | simple_stmts */
stmt:
    compound_stmt                   { $$ = pl_one(pc, $1); }
  | simple_stmts
  ;

/* simple_stmts: ';'.simple_stmt+ [';'] NEWLINE */
simple_stmts:
    simple_stmt_list NEWLINE
  | simple_stmt_list ';' NEWLINE
  ;
simple_stmt_list:
    simple_stmt                     { $$ = pl_one(pc, $1); }
  | simple_stmt_list ';' simple_stmt { $$ = pl_push(pc, $1, $3); }
  ;

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
block:
    NEWLINE INDENT stmts1 DEDENT    { $$ = $3; }
  | simple_stmts
  ;

/* simple_stmt: assignment | star_expressions | return_stmt | import_stmt
 *   | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
 *   | 'continue' | global_stmt | nonlocal_stmt */
simple_stmt:
    expr_stmt
  | "pass"                          { $$ = NEW_STMT(Pass, $1.loc); }
  | "break"                         { $$ = NEW_STMT(Break, $1.loc); }
  | "continue"                      { $$ = NEW_STMT(Continue, $1.loc); }
  | "return" star_expressions_opt   { $$ = NEW_STMT(Return, $1.loc); $$->v.Return.value = $2; }
  | "raise"                         { $$ = NEW_STMT(Raise, $1.loc); }
  | "raise" expression              { $$ = NEW_STMT(Raise, $1.loc); $$->v.Raise.exc = $2; }
  | "raise" expression "from" expression
                                    { $$ = NEW_STMT(Raise, $1.loc); $$->v.Raise.exc = $2;
                                      $$->v.Raise.cause = $4; }
  | "global" name_list              { $$ = NEW_STMT(Global, $1.loc);
                                      $$->v.Global.names = PL_LIST(pc, AstIdentList, $2); }
  | "nonlocal" name_list            { $$ = NEW_STMT(Nonlocal, $1.loc);
                                      $$->v.Global.names = PL_LIST(pc, AstIdentList, $2); }
  | "del" target_list               { CHECK(p_target(pc, $2, TARGET_DEL));
                                      $$ = NEW_STMT(Delete, $1.loc);
                                      if ($2->kind == AST_EXPR_Tuple && $2->parens == 0)
                                          $$->v.Delete.targets = $2->v.Seq.elts;
                                      else
                                          $$->v.Delete.targets = EXPRS(pl_one(pc, $2)); }
  | "assert" expression             { $$ = NEW_STMT(Assert, $1.loc); $$->v.Assert.test = $2; }
  | "assert" expression ',' expression
                                    { $$ = NEW_STMT(Assert, $1.loc); $$->v.Assert.test = $2;
                                      $$->v.Assert.msg = $4; }
  | import_stmt
  ;

star_expressions_opt:
    %empty                          { $$ = NULL; }
  | star_expressions
  ;

name_list:
    NAME                            { $$ = pl_one(pc, (void *)ast_intern(pc, &$1)); }
  | name_list ',' NAME              { $$ = pl_push(pc, $1, (void *)ast_intern(pc, &$3)); }
  ;

/* assignment:
 *   | NAME ':' expression ['=' annotated_rhs]
 *   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 *   | single_target augassign ~ (yield_expr | star_expressions)
 * star_expressions as a statement, yield_stmt: yield_expr */
expr_stmt:
    assign_chain                    { $$ = p_expr_stmt(pc, $1); CHECK($$); }
  | star_expressions ':' expression { $$ = p_annassign(pc, $1, $3, NULL); CHECK($$); }
  | star_expressions ':' expression '=' yield_or_star
                                    { $$ = p_annassign(pc, $1, $3, $5); CHECK($$); }
  | star_expressions AUGASSIGN yield_or_star
                                    { $$ = p_augassign(pc, $1, &$2, $3); CHECK($$); }
  ;
assign_chain:
    yield_or_star                   { $$ = pl_one(pc, $1); }
  | assign_chain '=' yield_or_star  { $$ = pl_push(pc, $1, $3); }
  ;
yield_or_star:
    yield_expr
  | star_expressions
  ;

/* import_name: 'import' dotted_as_names
 * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *            | 'from' ('.' | '...')+ 'import' import_from_targets */
import_stmt:
    "import" dotted_as_names        { $$ = NEW_STMT(Import, $1.loc);
                                      $$->v.Import.names = PL_LIST(pc, AstAliasList, $2); }
  | "from" dotted_name "import" import_targets
                                    { $$ = NEW_STMT(ImportFrom, $1.loc);
                                      $$->v.ImportFrom.module = $2.text;
                                      $$->v.ImportFrom.names = PL_LIST(pc, AstAliasList, $4); }
  | "from" dots dotted_name "import" import_targets
                                    { $$ = NEW_STMT(ImportFrom, $1.loc);
                                      $$->v.ImportFrom.module = $3.text;
                                      $$->v.ImportFrom.level = $2;
                                      $$->v.ImportFrom.names = PL_LIST(pc, AstAliasList, $5); }
  | "from" dots "import" import_targets
                                    { $$ = NEW_STMT(ImportFrom, $1.loc);
                                      $$->v.ImportFrom.level = $2;
                                      $$->v.ImportFrom.names = PL_LIST(pc, AstAliasList, $4); }
  ;
dots:
    '.'                             { $$ = 1; }
  | "..."                           { $$ = 3; }
  | dots '.'                        { $$ = $1 + 1; }
  | dots "..."                      { $$ = $1 + 3; }
  ;
/* import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' */
import_targets:
    '*'                             { $$ = pl_one(pc, alias(pc, $1.loc, "*", NULL)); }
  | '(' import_as_names ')'         { $$ = $2; }
  | '(' import_as_names ',' ')'     { $$ = $2; }
  | import_as_names
  | import_as_names ','             { FAIL($2.loc, "trailing comma not allowed without surrounding parentheses"); }
  ;
import_as_names:
    import_as_name                  { $$ = pl_one(pc, $1); }
  | import_as_names ',' import_as_name { $$ = pl_push(pc, $1, $3); }
  ;
import_as_name:
    NAME                            { $$ = alias(pc, $1.loc, ast_intern(pc, &$1), NULL); }
  | NAME "as" NAME                  { $$ = alias(pc, $1.loc, ast_intern(pc, &$1), &$3); }
  ;
dotted_as_names:
    dotted_as_name                  { $$ = pl_one(pc, $1); }
  | dotted_as_names ',' dotted_as_name { $$ = pl_push(pc, $1, $3); }
  ;
dotted_as_name:
    dotted_name                     { $$ = alias(pc, $1.loc, $1.text, NULL); }
  | dotted_name "as" NAME           { $$ = alias(pc, $1.loc, $1.text, &$3); }
  ;
dotted_name:
    NAME                            { $$ = $1; $$.text = ast_intern(pc, &$1); }
  | dotted_name '.' NAME            { $$ = $1; $$.text = p_dotted(pc, $1.text, &$3); }
  ;

/* compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
 *   | try_stmt | while_stmt | match_stmt */
compound_stmt:
    funcdef
  | "async" funcdef                 { $$ = $2; $$->kind = AST_STMT_AsyncFunctionDef; $$->loc = $1.loc; }
  | classdef
  | decorators funcdef              { $$ = decorate(pc, $1, $2); }
  | decorators "async" funcdef      { $$ = decorate(pc, $1, $3); $$->kind = AST_STMT_AsyncFunctionDef;
                                      $$->loc = $2.loc; }
  | decorators classdef             { $$ = decorate(pc, $1, $2); }
  | if_stmt
  | while_stmt
  | for_stmt
  | "async" for_stmt                { $$ = $2; $$->kind = AST_STMT_AsyncFor; $$->loc = $1.loc; }
  | with_stmt
  | "async" with_stmt               { $$ = $2; $$->kind = AST_STMT_AsyncWith; $$->loc = $1.loc; }
  | try_stmt
  | match_stmt
  ;

/* decorators: ('@' named_expression NEWLINE)+ */
decorators:
    '@' named_expression NEWLINE    { $$ = pl_one(pc, $2); }
  | decorators '@' named_expression NEWLINE { $$ = pl_push(pc, $1, $3); }
  ;

/* function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block */
funcdef:
    "def" NAME '(' params ')' return_annot ':' block
                                    { $$ = NEW_STMT(FunctionDef, $1.loc);
                                      $$->v.FunctionDef.name = ast_intern(pc, &$2);
                                      $$->v.FunctionDef.args = p_arguments(pc, $4);
                                      CHECK($$->v.FunctionDef.args);
                                      $$->v.FunctionDef.returns = $6;
                                      $$->v.FunctionDef.body = STMTS($8); }
  ;
return_annot:
    %empty                          { $$ = NULL; }
  | "->" expression                 { $$ = $2; }
  ;

/* parameters: slash_no_default param_no_default* param_with_default* [star_etc] | ...
 * Parsed as a flat list; p_arguments checks the order as CPython's rules do. */
params:
    %empty                          { $$ = pl_empty(); }
  | param_list
  | param_list ','                  { $$ = $1; }
  ;
param_list:
    param                           { $$ = pl_one(pc, $1); }
  | param_list ',' param            { $$ = pl_push(pc, $1, $3); }
  ;
param:
    NAME                            { $$ = p_param(pc, PARAM_PLAIN, &$1, NULL, NULL, $1.loc); }
  | NAME ':' expression             { $$ = p_param(pc, PARAM_PLAIN, &$1, $3, NULL, $1.loc); }
  | NAME '=' expression             { $$ = p_param(pc, PARAM_PLAIN, &$1, NULL, $3, $1.loc); }
  | NAME ':' expression '=' expression
                                    { $$ = p_param(pc, PARAM_PLAIN, &$1, $3, $5, $1.loc); }
  | '*'                             { $$ = p_param(pc, PARAM_STAR, NULL, NULL, NULL, $1.loc); }
  | '*' NAME                        { $$ = p_param(pc, PARAM_STAR, &$2, NULL, NULL, $1.loc); }
  | '*' NAME ':' star_expression    { $$ = p_param(pc, PARAM_STAR, &$2, $4, NULL, $1.loc); }
  | "**" NAME                       { $$ = p_param(pc, PARAM_DSTAR, &$2, NULL, NULL, $1.loc); }
  | "**" NAME ':' expression        { $$ = p_param(pc, PARAM_DSTAR, &$2, $4, NULL, $1.loc); }
  | '/'                             { $$ = p_param(pc, PARAM_SLASH, NULL, NULL, NULL, $1.loc); }
  ;

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
classdef:
    "class" NAME ':' block          { $$ = NEW_STMT(ClassDef, $1.loc);
                                      $$->v.ClassDef.name = ast_intern(pc, &$2);
                                      $$->v.ClassDef.body = STMTS($4); }
  | "class" NAME '(' ')' ':' block  { $$ = NEW_STMT(ClassDef, $1.loc);
                                      $$->v.ClassDef.name = ast_intern(pc, &$2);
                                      $$->v.ClassDef.body = STMTS($6); }
  | "class" NAME '(' arglist ')' ':' block
                                    { $$ = NEW_STMT(ClassDef, $1.loc);
                                      $$->v.ClassDef.name = ast_intern(pc, &$2);
                                      CHECK(p_class_args(pc, $4, &$$->v.ClassDef.bases,
                                                         &$$->v.ClassDef.keywords));
                                      $$->v.ClassDef.body = STMTS($7); }
  | "class" NAME '(' arglist ',' ')' ':' block
                                    { $$ = NEW_STMT(ClassDef, $1.loc);
                                      $$->v.ClassDef.name = ast_intern(pc, &$2);
                                      CHECK(p_class_args(pc, $4, &$$->v.ClassDef.bases,
                                                         &$$->v.ClassDef.keywords));
                                      $$->v.ClassDef.body = STMTS($8); }
  ;

/* if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]) */
if_stmt:
    "if" named_expression ':' block elif_chain
                                    { $$ = if_chain(pc, $1.loc, $2, $4, $5); }
  ;
elif_chain:
    %empty                          { $$ = pl_empty(); }
  | else_block
  | "elif" named_expression ':' block elif_chain
                                    { $$ = pl_one(pc, if_chain(pc, $1.loc, $2, $4, $5)); }
  ;
else_block:
    "else" ':' block                { $$ = $3; }
  ;

/* while_stmt: 'while' named_expression ':' block [else_block] */
while_stmt:
    "while" named_expression ':' block
                                    { $$ = NEW_STMT(While, $1.loc); $$->v.While.test = $2;
                                      $$->v.While.body = STMTS($4); }
  | "while" named_expression ':' block else_block
                                    { $$ = NEW_STMT(While, $1.loc); $$->v.While.test = $2;
                                      $$->v.While.body = STMTS($4);
                                      $$->v.While.orelse = STMTS($5); }
  ;

/* for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
for_stmt:
    "for" target_list "in" star_expressions ':' block
                                    { CHECK(p_target(pc, $2, TARGET_FOR));
                                      $$ = NEW_STMT(For, $1.loc); $$->v.For.target = $2;
                                      $$->v.For.iter = $4; $$->v.For.body = STMTS($6); }
  | "for" target_list "in" star_expressions ':' block else_block
                                    { CHECK(p_target(pc, $2, TARGET_FOR));
                                      $$ = NEW_STMT(For, $1.loc); $$->v.For.target = $2;
                                      $$->v.For.iter = $4; $$->v.For.body = STMTS($6);
                                      $$->v.For.orelse = STMTS($7); }
  ;

/* with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block
 *          | 'with' ','.with_item+ ':' block
 * with_item: expression 'as' star_target | expression */
with_stmt:
    "with" with_items ':' block     { $$ = NEW_STMT(With, $1.loc);
                                      $$->v.With.items = PL_LIST(pc, AstWithItemList, with_split(pc, $2));
                                      $$->v.With.body = STMTS($4); }
  | "with" WITH_LPAREN with_items ')' ':' block
                                    { $$ = NEW_STMT(With, $1.loc);
                                      $$->v.With.items = PL_LIST(pc, AstWithItemList, $3);
                                      $$->v.With.body = STMTS($6); }
  | "with" WITH_LPAREN with_items ',' ')' ':' block
                                    { $$ = NEW_STMT(With, $1.loc);
                                      $$->v.With.items = PL_LIST(pc, AstWithItemList, $3);
                                      $$->v.With.body = STMTS($7); }
  ;
with_items:
    with_item                       { $$ = pl_one(pc, $1); }
  | with_items ',' with_item        { $$ = pl_push(pc, $1, $3); }
  ;
with_item:
    expression                      { $$ = with_item(pc, $1, NULL); }
  | expression "as" target_item     { CHECK(p_target(pc, $3, TARGET_WITH)); $$ = with_item(pc, $1, $3); }
  ;

/* try_stmt: 'try' ':' block finally_block
 *         | 'try' ':' block except_block+ [else_block] [finally_block]
 *         | 'try' ':' block except_star_block+ [else_block] [finally_block] */
try_stmt:
    "try" ':' block finally_block   { $$ = p_try(pc, $1.loc, $3, pl_empty(), pl_empty(), $4); CHECK($$); }
  | "try" ':' block except_list     { $$ = p_try(pc, $1.loc, $3, $4, pl_empty(), pl_empty()); CHECK($$); }
  | "try" ':' block except_list else_block
                                    { $$ = p_try(pc, $1.loc, $3, $4, $5, pl_empty()); CHECK($$); }
  | "try" ':' block except_list finally_block
                                    { $$ = p_try(pc, $1.loc, $3, $4, pl_empty(), $5); CHECK($$); }
  | "try" ':' block except_list else_block finally_block
                                    { $$ = p_try(pc, $1.loc, $3, $4, $5, $6); CHECK($$); }
  ;
finally_block:
    "finally" ':' block             { $$ = $3; }
  ;
except_list:
    except_clause                   { $$ = pl_one(pc, $1); }
  | except_list except_clause       { $$ = pl_push(pc, $1, $2); }
  ;
/* except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
 * except_star_block: 'except' '*' expression ['as' NAME] ':' block */
except_clause:
    "except" ':' block              { $$ = p_handler(pc, $1.loc, NULL, NULL, $3, false); }
  | "except" expression ':' block   { $$ = p_handler(pc, $1.loc, $2, NULL, $4, false); }
  | "except" expression "as" NAME ':' block
                                    { $$ = p_handler(pc, $1.loc, $2, &$4, $6, false); }
  | "except" '*' expression ':' block
                                    { $$ = p_handler(pc, $1.loc, $3, NULL, $5, true); }
  | "except" '*' expression "as" NAME ':' block
                                    { $$ = p_handler(pc, $1.loc, $3, &$5, $7, true); }
  | "except" '*' ':'                { FAIL($3.loc, "expected one or more exception types"); }
  ;

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 * subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
match_stmt:
    "match" subject ':' NEWLINE INDENT case_blocks DEDENT
                                    { $$ = NEW_STMT(Match, $1.loc); $$->v.Match.subject = $2;
                                      $$->v.Match.cases = PL_LIST(pc, AstMatchCaseList, $6); }
  ;
subject:
    named_expression
  | star_named_list                 { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc, $1); }
  | star_named_list star_named_expression
                                    { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc,
                                                 pl_push(pc, $1, $2)); }
  ;
case_blocks:
    case_block                      { $$ = pl_one(pc, $1); }
  | case_blocks case_block          { $$ = pl_push(pc, $1, $2); }
  ;
/* case_block: "case" patterns guard? ':' block */
case_block:
    "case" patterns guard ':' block { $$ = match_case(pc, $2, $3, $5); }
  ;
guard:
    %empty                          { $$ = NULL; }
  | "if" named_expression           { $$ = $2; }
  ;

/* patterns: open_sequence_pattern | pattern
 * pattern: as_pattern | or_pattern
 * as_pattern: or_pattern 'as' pattern_capture_target */
patterns:
    pattern
  | open_seq                        { $$ = match_seq(pc, ((AstPattern *)$1.head->item)->loc, $1); }
  ;
pattern:
    or_pattern
  | or_pattern "as" NAME            { if ($3.len == 1 && $3.text[0] == '_')
                                          FAIL($3.loc, "cannot use '_' as a target");
                                      $$ = match_as(pc, $1->loc, $1, &$3); }
  ;
/* or_pattern: '|'.closed_pattern+ */
or_pattern:
    closed_pattern
  | or_pat_list                     { $$ = NEW_PAT(MatchOr, ((AstPattern *)$1.head->item)->loc);
                                      $$->v.MatchOr.patterns = PATS($1); }
  ;
or_pat_list:
    closed_pattern '|' closed_pattern { $$ = pl_push(pc, pl_one(pc, $1), $3); }
  | or_pat_list '|' closed_pattern  { $$ = pl_push(pc, $1, $3); }
  ;
/* closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
 *   | value_pattern | group_pattern | sequence_pattern | mapping_pattern
 *   | class_pattern */
closed_pattern:
    literal_expr                    { if ($1->kind == AST_EXPR_Constant &&
                                          ($1->v.Constant.kind == AST_CONST_None ||
                                           $1->v.Constant.kind == AST_CONST_True ||
                                           $1->v.Constant.kind == AST_CONST_False)) {
                                          $$ = NEW_PAT(MatchSingleton, $1->loc);
                                          $$->v.MatchSingleton.value = $1->v.Constant.kind;
                                      } else {
                                          $$ = match_value(pc, $1);
                                      } }
  | NAME                            { $$ = match_as(pc, $1.loc, NULL, &$1); }
  | attr                            { $$ = match_value(pc, $1); }
  | '(' pattern ')'                 { $$ = $2; }
  | '(' ')'                         { $$ = match_seq(pc, $1.loc, pl_empty()); }
  | '(' open_seq ')'                { $$ = match_seq(pc, $1.loc, $2); }
  | '[' ']'                         { $$ = match_seq(pc, $1.loc, pl_empty()); }
  | '[' open_seq ']'                { $$ = match_seq(pc, $1.loc, $2); }
  | '[' maybe_star_pattern ']'      { $$ = match_seq(pc, $1.loc, pl_one(pc, $2)); }
  | '{' '}'                         { $$ = NEW_PAT(MatchMapping, $1.loc); }
  | '{' map_body '}'                { $$ = NEW_PAT(MatchMapping, $1.loc); CHECK(p_mapping_pattern(pc, $$, $2)); }
  | '{' map_body ',' '}'            { $$ = NEW_PAT(MatchMapping, $1.loc); CHECK(p_mapping_pattern(pc, $$, $2)); }
  | name_or_attr '(' ')'            { $$ = NEW_PAT(MatchClass, $1->loc); $$->v.MatchClass.cls = $1; }
  | name_or_attr '(' class_args ')' { $$ = NEW_PAT(MatchClass, $1->loc); $$->v.MatchClass.cls = $1;
                                      CHECK(p_class_pattern(pc, $$, $3)); }
  | name_or_attr '(' class_args ',' ')'
                                    { $$ = NEW_PAT(MatchClass, $1->loc); $$->v.MatchClass.cls = $1;
                                      CHECK(p_class_pattern(pc, $$, $3)); }
  ;
/* open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
pat_items_c:
    maybe_star_pattern ','          { $$ = pl_one(pc, $1); }
  | pat_items_c maybe_star_pattern ',' { $$ = pl_push(pc, $1, $2); }
  ;
open_seq:
    pat_items_c
  | pat_items_c maybe_star_pattern  { $$ = pl_push(pc, $1, $2); }
  ;
/* maybe_star_pattern: star_pattern | pattern
 * star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
maybe_star_pattern:
    pattern
  | '*' NAME                        { $$ = NEW_PAT(MatchStar, $1.loc);
                                      $$->v.MatchStar.name = $2.len == 1 && $2.text[0] == '_'
                                          ? NULL : ast_intern(pc, &$2); }
  ;
/* literal_pattern / literal_expr: signed_number !('+' | '-') | complex_number
 *   | strings | 'None' | 'True' | 'False' */
literal_expr:
    signed_number
  | signed_number '+' NUMBER        { AstExpr *r = p_number(pc, &$3); CHECK(r);
                                      CHECK(p_complex_pattern(pc, $1, r));
                                      $$ = p_binop(pc, $1, AST_OP_Add, r); }
  | signed_number '-' NUMBER        { AstExpr *r = p_number(pc, &$3); CHECK(r);
                                      CHECK(p_complex_pattern(pc, $1, r));
                                      $$ = p_binop(pc, $1, AST_OP_Sub, r); }
  | strings                         { $$ = p_strings(pc, $1); CHECK($$); }
  | "None"                          { $$ = p_const(pc, $1.loc, AST_CONST_None); }
  | "True"                          { $$ = p_const(pc, $1.loc, AST_CONST_True); }
  | "False"                         { $$ = p_const(pc, $1.loc, AST_CONST_False); }
  ;
signed_number:
    NUMBER                          { $$ = p_number(pc, &$1); CHECK($$); }
  | '-' NUMBER                      { AstExpr *n = p_number(pc, &$2); CHECK(n);
                                      $$ = p_unary(pc, $1.loc, AST_UNARY_USub, n); }
  ;
/* attr: name_or_attr '.' NAME */
name_or_attr:
    NAME                            { $$ = p_name(pc, &$1); }
  | attr
  ;
attr:
    name_or_attr '.' NAME           { $$ = NEW_EXPR(Attribute, $1->loc); $$->v.Attribute.value = $1;
                                      $$->v.Attribute.attr = ast_intern(pc, &$3); }
  ;
/* mapping_pattern: '{' [items_pattern ','] [double_star_pattern] ','? '}' */
map_body:
    map_entry                       { $$ = pl_one(pc, $1); }
  | map_body ',' map_entry          { $$ = pl_push(pc, $1, $3); }
  ;
map_entry:
    class_key ':' pattern           { $$ = p_map_entry(pc, $1, $3, NULL); }
  | "**" NAME                       { if ($2.len == 1 && $2.text[0] == '_') FAIL($2.loc, "invalid syntax");
                                      $$ = p_map_entry(pc, NULL, NULL, &$2); }
  ;
class_key:
    literal_expr
  | attr
  ;
/* class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns] ','? ')' */
class_args:
    class_arg                       { $$ = pl_one(pc, $1); }
  | class_args ',' class_arg        { $$ = pl_push(pc, $1, $3); }
  ;
class_arg:
    pattern                         { $$ = p_map_entry(pc, NULL, $1, NULL); }
  | NAME '=' pattern                { $$ = p_map_entry(pc, NULL, $3, &$1); }
  ;

/* ---- expressions ------------------------------------------------------- */

/* star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression */
star_expressions:
    star_expression
  | star_expressions_list           { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc, $1); }
  | star_expressions_list star_expression
                                    { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc,
                                                 pl_push(pc, $1, $2)); }
  ;
star_expressions_list:
    star_expression ','             { $$ = pl_one(pc, $1); }
  | star_expressions_list star_expression ',' { $$ = pl_push(pc, $1, $2); }
  ;
/* star_expression: '*' bitwise_or | expression */
star_expression:
    '*' bitor                       { $$ = p_starred(pc, $1.loc, $2); }
  | expression
  ;
/* star_named_expression: '*' bitwise_or | named_expression */
star_named_expression:
    '*' bitor                       { $$ = p_starred(pc, $1.loc, $2); }
  | named_expression
  ;
star_named_list:
    star_named_expression ','       { $$ = pl_one(pc, $1); }
  | star_named_list star_named_expression ',' { $$ = pl_push(pc, $1, $2); }
  ;
/* named_expression: assignment_expression | expression !':='
 * assignment_expression: NAME ':=' ~ expression */
named_expression:
    expression
  | NAME ":=" expression            { $$ = NEW_EXPR(NamedExpr, $1.loc);
                                      $$->v.NamedExpr.target = p_name(pc, &$1);
                                      $$->v.NamedExpr.target->v.Name.ctx = AST_CTX_Store;
                                      $$->v.NamedExpr.value = $3; }
  ;
/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
expression:
    disjunction
  | disjunction "if" disjunction "else" expression
                                    { $$ = NEW_EXPR(IfExp, $1->loc); $$->v.IfExp.test = $3;
                                      $$->v.IfExp.body = $1; $$->v.IfExp.orelse = $5; }
  | lambdef
  ;
/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
yield_expr:
    "yield"                         { $$ = NEW_EXPR(Yield, $1.loc); }
  | "yield" star_expressions        { $$ = NEW_EXPR(Yield, $1.loc); $$->v.Yield.value = $2; }
  | "yield" "from" expression       { $$ = NEW_EXPR(YieldFrom, $1.loc); $$->v.Await.value = $3; }
  ;
/* lambdef: 'lambda' [lambda_params] ':' expression */
lambdef:
    "lambda" lparams ':' expression { $$ = NEW_EXPR(Lambda, $1.loc);
                                      $$->v.Lambda.args = p_arguments(pc, $2); CHECK($$->v.Lambda.args);
                                      $$->v.Lambda.body = $4; }
  ;
lparams:
    %empty                          { $$ = pl_empty(); }
  | lparam_list
  | lparam_list ','                 { $$ = $1; }
  ;
lparam_list:
    lparam                          { $$ = pl_one(pc, $1); }
  | lparam_list ',' lparam          { $$ = pl_push(pc, $1, $3); }
  ;
lparam:
    NAME                            { $$ = p_param(pc, PARAM_PLAIN, &$1, NULL, NULL, $1.loc); }
  | NAME '=' expression             { $$ = p_param(pc, PARAM_PLAIN, &$1, NULL, $3, $1.loc); }
  | '*'                             { $$ = p_param(pc, PARAM_STAR, NULL, NULL, NULL, $1.loc); }
  | '*' NAME                        { $$ = p_param(pc, PARAM_STAR, &$2, NULL, NULL, $1.loc); }
  | "**" NAME                       { $$ = p_param(pc, PARAM_DSTAR, &$2, NULL, NULL, $1.loc); }
  | '/'                             { $$ = p_param(pc, PARAM_SLASH, NULL, NULL, NULL, $1.loc); }
  ;

/* disjunction: conjunction ('or' conjunction)+ | conjunction
 * conjunction: inversion ('and' inversion)+ | inversion
 * inversion: 'not' inversion | comparison
 * comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
 * The first three levels are one nonterminal ordered by %left "or", %left
 * "and", %precedence "not", so a plain operand climbs bitor -> disjunction
 * in one reduction instead of four; p_boolop folds a chain `a or b or c`
 * into one BoolOp as the PEG rule's `+` does. */
disjunction:
    bitor
  | bitor compare_chain             { $$ = p_compare(pc, $1, $2); }
  | "not" disjunction               { $$ = p_unary(pc, $1.loc, AST_UNARY_Not, $2); }
  | disjunction "and" disjunction   { $$ = p_boolop(pc, AST_BOOL_And, $1, $3); }
  | disjunction "or" disjunction    { $$ = p_boolop(pc, AST_BOOL_Or, $1, $3); }
  ;
compare_chain:
    comp_op bitor                   { $$ = pl_push(pc, pl_one(pc, (void *)(intptr_t)$1), $2); }
  | compare_chain comp_op bitor     { $$ = pl_push(pc, pl_push(pc, $1, (void *)(intptr_t)$2), $3); }
  ;
comp_op:
    "=="                            { $$ = AST_CMP_Eq; }
  | "!="                            { $$ = AST_CMP_NotEq; }
  | '<'                             { $$ = AST_CMP_Lt; }
  | "<="                            { $$ = AST_CMP_LtE; }
  | '>'                             { $$ = AST_CMP_Gt; }
  | ">="                            { $$ = AST_CMP_GtE; }
  | "in"                            { $$ = AST_CMP_In; }
  | "not" "in"                      { $$ = AST_CMP_NotIn; }
  | "is"                            { $$ = AST_CMP_Is; }
  | "is" "not"                      { $$ = AST_CMP_IsNot; }
  ;

/* bitwise_or .. power: the binary and unary operators, by precedence.
 * factor: '+' factor | '-' factor | '~' factor | power
 * power: await_primary '**' factor | await_primary
 * await_primary: AWAIT primary | primary */
bitor:
    bitor '|' bitor                 { $$ = p_binop(pc, $1, AST_OP_BitOr, $3); }
  | bitor '^' bitor                 { $$ = p_binop(pc, $1, AST_OP_BitXor, $3); }
  | bitor '&' bitor                 { $$ = p_binop(pc, $1, AST_OP_BitAnd, $3); }
  | bitor "<<" bitor                { $$ = p_binop(pc, $1, AST_OP_LShift, $3); }
  | bitor ">>" bitor                { $$ = p_binop(pc, $1, AST_OP_RShift, $3); }
  | bitor '+' bitor                 { $$ = p_binop(pc, $1, AST_OP_Add, $3); }
  | bitor '-' bitor                 { $$ = p_binop(pc, $1, AST_OP_Sub, $3); }
  | bitor '*' bitor                 { $$ = p_binop(pc, $1, AST_OP_Mult, $3); }
  | bitor '/' bitor                 { $$ = p_binop(pc, $1, AST_OP_Div, $3); }
  | bitor '%' bitor                 { $$ = p_binop(pc, $1, AST_OP_Mod, $3); }
  | bitor "//" bitor                { $$ = p_binop(pc, $1, AST_OP_FloorDiv, $3); }
  | bitor '@' bitor                 { $$ = p_binop(pc, $1, AST_OP_MatMult, $3); }
  | bitor "**" bitor                { $$ = p_binop(pc, $1, AST_OP_Pow, $3); }
  | '-' bitor %prec UNARY           { $$ = p_unary(pc, $1.loc, AST_UNARY_USub, $2); }
  | '+' bitor %prec UNARY           { $$ = p_unary(pc, $1.loc, AST_UNARY_UAdd, $2); }
  | '~' bitor %prec UNARY           { $$ = p_unary(pc, $1.loc, AST_UNARY_Invert, $2); }
  | "await" primary                 { $$ = NEW_EXPR(Await, $1.loc); $$->v.Await.value = $2; }
  | primary
  ;

/* primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
 *        | primary '[' slices ']' | atom
 * atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
 *     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
 * (atom's alternatives are primary's own: one reduction less per operand) */
primary:
    primary '.' NAME                { $$ = NEW_EXPR(Attribute, $1->loc); $$->v.Attribute.value = $1;
                                      $$->v.Attribute.attr = ast_intern(pc, &$3); }
  | primary '(' ')'                 { $$ = p_call(pc, $1, pl_empty()); CHECK($$); }
  | primary '(' arglist ')'         { $$ = p_call(pc, $1, $3); CHECK($$); }
  | primary '(' arglist ',' ')'     { $$ = p_call(pc, $1, $3); CHECK($$); }
  | primary '[' slices ']'          { $$ = NEW_EXPR(Subscript, $1->loc); $$->v.Subscript.value = $1;
                                      $$->v.Subscript.slice = $3; }
  | NAME                            { $$ = p_name(pc, &$1); }
  | "True"                          { $$ = p_const(pc, $1.loc, AST_CONST_True); }
  | "False"                         { $$ = p_const(pc, $1.loc, AST_CONST_False); }
  | "None"                          { $$ = p_const(pc, $1.loc, AST_CONST_None); }
  | "..."                           { $$ = p_const(pc, $1.loc, AST_CONST_Ellipsis); }
  | NUMBER                          { $$ = p_number(pc, &$1); CHECK($$); }
  | strings                         { $$ = p_strings(pc, $1); CHECK($$); }
  /* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
   * group: '(' (yield_expr | named_expression) ')'
   * genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' */
  | '(' ')'                         { $$ = p_seq(pc, AST_EXPR_Tuple, $1.loc, pl_empty()); $$->parens = 1; }
  | '(' yield_expr ')'              { $$ = p_fix_parens($2); }
  | '(' named_expression ')'        { $$ = p_fix_parens($2); }
  | '(' '*' bitor ')'               { FAIL($2.loc, "cannot use starred expression here"); }
  | '(' star_named_list ')'         { $$ = p_seq(pc, AST_EXPR_Tuple, $1.loc, $2); $$->parens = 1; }
  | '(' star_named_list star_named_expression ')'
                                    { $$ = p_seq(pc, AST_EXPR_Tuple, $1.loc, pl_push(pc, $2, $3));
                                      $$->parens = 1; }
  | '(' named_expression comp_for ')'
                                    { $$ = p_comp(pc, AST_EXPR_GeneratorExp, $1.loc, $2, NULL, $3); CHECK($$);
                                      $$->parens = 1; }
  /* list: '[' [star_named_expressions] ']'
   * listcomp: '[' named_expression for_if_clauses ']' */
  | '[' ']'                         { $$ = p_seq(pc, AST_EXPR_List, $1.loc, pl_empty()); }
  | '[' star_named_expression ']'   { $$ = p_seq(pc, AST_EXPR_List, $1.loc, pl_one(pc, $2)); }
  | '[' star_named_list ']'         { $$ = p_seq(pc, AST_EXPR_List, $1.loc, $2); }
  | '[' star_named_list star_named_expression ']'
                                    { $$ = p_seq(pc, AST_EXPR_List, $1.loc, pl_push(pc, $2, $3)); }
  | '[' named_expression comp_for ']'
                                    { $$ = p_comp(pc, AST_EXPR_ListComp, $1.loc, $2, NULL, $3); CHECK($$); }
  /* dict: '{' [double_starred_kvpairs] '}'   set: '{' star_named_expressions '}'
   * dictcomp: '{' kvpair for_if_clauses '}'  setcomp: '{' named_expression for_if_clauses '}' */
  | '{' '}'                         { $$ = NEW_EXPR(Dict, $1.loc); }
  | '{' dict_body '}'               { $$ = p_dict(pc, $1.loc, $2); }
  | '{' dict_body ',' '}'           { $$ = p_dict(pc, $1.loc, $2); }
  | '{' star_named_expression '}'   { $$ = p_seq(pc, AST_EXPR_Set, $1.loc, pl_one(pc, $2)); }
  | '{' star_named_list '}'         { $$ = p_seq(pc, AST_EXPR_Set, $1.loc, $2); }
  | '{' star_named_list star_named_expression '}'
                                    { $$ = p_seq(pc, AST_EXPR_Set, $1.loc, pl_push(pc, $2, $3)); }
  | '{' expression ':' expression comp_for '}'
                                    { $$ = p_comp(pc, AST_EXPR_DictComp, $1.loc, $2, $4, $5); CHECK($$); }
  | '{' named_expression comp_for '}'
                                    { $$ = p_comp(pc, AST_EXPR_SetComp, $1.loc, $2, NULL, $3); CHECK($$); }
  ;

/* args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
 *       [',' kwargs] | kwargs ; plus a lone generator expression */
arglist:
    argument                        { $$ = pl_one(pc, $1); }
  | arglist ',' argument            { $$ = pl_push(pc, $1, $3); }
  ;
argument:
    named_expression                { $$ = p_arg(pc, ARG_POS, $1->loc, NULL, $1); }
  | named_expression comp_for       { AstExpr *g = p_comp(pc, AST_EXPR_GeneratorExp, $1->loc, $1, NULL, $2);
                                      CHECK(g); $$ = p_arg(pc, ARG_GENEXP, $1->loc, NULL, g); }
  | expression '=' expression       { $$ = p_arg(pc, ARG_KW, $1->loc, $1, $3); CHECK($$); }
  | '*' expression                  { $$ = p_arg(pc, ARG_STAR, $1.loc, NULL, $2); }
  | "**" expression                 { $$ = p_arg(pc, ARG_DSTAR, $1.loc, NULL, $2); }
  ;

/* slices: slice !',' | ','.(slice | starred_expression)+ [',']
 * slice: [expression] ':' [expression] [':' [expression]] | named_expression */
slices:
    slice_item                      { $$ = $1;
                                      if ($1->kind == AST_EXPR_Starred && $1->parens == 0)
                                          $$ = p_seq(pc, AST_EXPR_Tuple, $1->loc, pl_one(pc, $1)); }
  | slice_list                      { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc, $1); }
  | slice_list slice_item           { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc,
                                                 pl_push(pc, $1, $2)); }
  ;
slice_list:
    slice_item ','                  { $$ = pl_one(pc, $1); }
  | slice_list slice_item ','       { $$ = pl_push(pc, $1, $2); }
  ;
slice_item:
    named_expression
  | '*' expression                  { $$ = p_starred(pc, $1.loc, $2); }
  | opt_expr ':' opt_expr           { $$ = NEW_EXPR(Slice, $1 ? $1->loc : $2.loc);
                                      $$->v.Slice.lower = $1; $$->v.Slice.upper = $3; }
  | opt_expr ':' opt_expr ':' opt_expr
                                    { $$ = NEW_EXPR(Slice, $1 ? $1->loc : $2.loc);
                                      $$->v.Slice.lower = $1; $$->v.Slice.upper = $3;
                                      $$->v.Slice.step = $5; }
  ;
opt_expr:
    %empty                          { $$ = NULL; }
  | expression
  ;

strings:
    STRING                          { $$ = pl_one(pc, p_tok(pc, &$1)); }
  | strings STRING                  { $$ = pl_push(pc, $1, p_tok(pc, &$2)); }
  ;

/* double_starred_kvpairs: ','.double_starred_kvpair+ [',']
 * double_starred_kvpair: '**' bitwise_or | expression ':' expression */
dict_body:
    expression ':' expression       { $$ = p_dict_add(pc, pl_empty(), $1, $3); }
  | "**" bitor                      { $$ = p_dict_add(pc, pl_empty(), NULL, $2); }
  | dict_body ',' expression ':' expression { $$ = p_dict_add(pc, $1, $3, $5); }
  | dict_body ',' "**" bitor        { $$ = p_dict_add(pc, $1, NULL, $4); }
  ;

/* for_if_clauses: ('async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
comp_for:
    comp_clause                     { $$ = pl_one(pc, $1); }
  | comp_for comp_clause            { $$ = pl_push(pc, $1, $2); }
  | comp_for "if" disjunction       { $$ = pl_push(pc, $1, p_comp_if(pc, $3)); }
  ;
comp_clause:
    "for" target_list "in" disjunction
                                    { CHECK(p_target(pc, $2, TARGET_COMP)); $$ = p_comp_for(pc, $2, $4, false); }
  | "async" "for" target_list "in" disjunction
                                    { CHECK(p_target(pc, $3, TARGET_COMP)); $$ = p_comp_for(pc, $3, $5, true); }
  ;

/* star_targets: star_target !',' | star_target (',' star_target)* [',']
 * star_target: '*' (!'*' star_target) | target_with_star_atom
 * (parsed as bitwise_or expressions and checked by p_target) */
target_list:
    target_item
  | target_list_c                   { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc, $1); }
  | target_list_c target_item       { $$ = p_seq(pc, AST_EXPR_Tuple, ((AstExpr *)$1.head->item)->loc,
                                                 pl_push(pc, $1, $2)); }
  ;
target_list_c:
    target_item ','                 { $$ = pl_one(pc, $1); }
  | target_list_c target_item ','   { $$ = pl_push(pc, $1, $2); }
  ;
target_item:
    bitor
  | '*' bitor                       { $$ = p_starred(pc, $1.loc, $2); }
  ;

%%

/* The kind of the symbols bison knows, for lex_dump_tokens and messages. */
const char *lex_token_name(int kind)
{
    if (kind == 0) return "ENDMARKER";
    return yysymbol_name(YYTRANSLATE(kind));
}

int parse_yylex(PARSE_YYSTYPE *lval, ParseCtx *pc)
{
    int kind = lex_next(pc->lx, &lval->tok);
    pc->prev2_kind = pc->prev_kind;
    pc->prev_kind = pc->tok_kind;
    pc->prev_loc = pc->tok_loc;
    pc->tok_kind = kind;
    pc->tok_loc = lval->tok.loc;
    switch (kind) {
    case TK_IF: case TK_ELIF: case TK_ELSE: case TK_FOR: case TK_WHILE: case TK_WITH: case TK_TRY:
    case TK_EXCEPT: case TK_FINALLY: case TK_DEF: case TK_CLASS: case TK_MATCH: case TK_CASE:
        if (pc->prev_kind == TK_NEWLINE || pc->prev_kind == TK_INDENT || pc->prev_kind == TK_DEDENT ||
            pc->prev_kind == TK_ASYNC || pc->prev_kind == 0) {
            pc->block_kind = kind;
            pc->block_line = lval->tok.loc.line;
        }
        break;
    default:
        break;
    }
    return kind;
}

void parse_yyerror(ParseCtx *pc, const char *msg)
{
    /* bison calls this only when its stack is exhausted */
    if (strcmp(msg, "memory exhausted") == 0)
        parse_error(pc, pc->tok_loc, "too many nested expressions (parser stack exhausted)");
    else
        parse_error(pc, pc->tok_loc, "%s", msg);
}

static int yyreport_syntax_error(const yypcontext_t *ctx, ParseCtx *pc)
{
    if (pc->failed) return 0;
    yysymbol_kind_t la = yypcontext_token(ctx);
    SrcLoc loc = pc->tok_loc;
    if (la == YYSYMBOL_INDENT) {
        parse_error(pc, loc, "unexpected indent");
        return 0;
    }
    if (pc->prev_kind == TK_NEWLINE && pc->prev2_kind == ':' && la != YYSYMBOL_INDENT) {
        const char *what;
        switch (pc->block_kind) {
        case TK_DEF: what = "function definition"; break;
        case TK_CLASS: what = "class definition"; break;
        case 0: what = NULL; break;
        default: what = yysymbol_name(YYTRANSLATE(pc->block_kind)); break;
        }
        if (what && pc->block_kind != TK_DEF && pc->block_kind != TK_CLASS)
            parse_error(pc, loc, "expected an indented block after '%s' statement on line %u", what,
                        pc->block_line);
        else if (what)
            parse_error(pc, loc, "expected an indented block after %s on line %u", what, pc->block_line);
        else
            parse_error(pc, loc, "expected an indented block");
        return 0;
    }
    yysymbol_kind_t expected[4];
    int n = yypcontext_expected_tokens(ctx, expected, 4);
    if (n == 1 && expected[0] == YYTRANSLATE(':')) {
        parse_error(pc, loc, "expected ':'");
        return 0;
    }
    if (la == YYSYMBOL_YYEOF && pc->lx->fstring_mode) {
        parse_error(pc, loc, "f-string: invalid syntax");
        return 0;
    }
    parse_error(pc, loc, "invalid syntax");
    return 0;
}
