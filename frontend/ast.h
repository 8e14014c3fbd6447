/* ast.h — the Python 3.11 abstract syntax tree built by the parser.
 * Names mirror CPython's `ast` module (and its C structs: a statement's
 * fields are s->v.FunctionDef.name, as in CPython's Python-ast.h).
 * Invariant: every node, list and string lives in the Arena passed to
 * parse_file() and dies with it; every node carries the SrcLoc (1-based line,
 * 1-based byte column) of its first character.  Lists are arrays of pointers
 * with a uint32_t count; optional children are NULL when absent. */
#ifndef PORTALIS_FRONTEND_AST_H
#define PORTALIS_FRONTEND_AST_H

#include "support/support.h"

typedef struct AstStmt AstStmt;
typedef struct AstExpr AstExpr;
typedef struct AstPattern AstPattern;
typedef struct AstArguments AstArguments;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstMatchCase AstMatchCase;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;

/* ---- kinds and operators (from ast.def) -------------------------------- */

typedef enum AstStmtKind {
#define AST_STMT(Kind, Payload, doc) AST_STMT_##Kind,
#include "frontend/ast.def"
    AST_STMT_COUNT_
} AstStmtKind;

typedef enum AstExprKind {
#define AST_EXPR(Kind, Payload, doc) AST_EXPR_##Kind,
#include "frontend/ast.def"
    AST_EXPR_COUNT_
} AstExprKind;

typedef enum AstPatternKind {
#define AST_PAT(Kind, Payload, doc) AST_PAT_##Kind,
#include "frontend/ast.def"
    AST_PAT_COUNT_
} AstPatternKind;

typedef enum AstOperator {          /* BinOp.op, AugAssign.op */
#define AST_OPERATOR(Name, text) AST_OP_##Name,
#include "frontend/ast.def"
    AST_OP_COUNT_
} AstOperator;

typedef enum AstUnaryOp {
#define AST_UNARYOP(Name, text) AST_UNARY_##Name,
#include "frontend/ast.def"
    AST_UNARY_COUNT_
} AstUnaryOp;

typedef enum AstCmpOp {
#define AST_CMPOP(Name, text) AST_CMP_##Name,
#include "frontend/ast.def"
    AST_CMP_COUNT_
} AstCmpOp;

typedef enum AstBoolOp {
#define AST_BOOLOP(Name, text) AST_BOOL_##Name,
#include "frontend/ast.def"
    AST_BOOL_COUNT_
} AstBoolOp;

typedef enum AstConstKind {
#define AST_CONST(Name, doc) AST_CONST_##Name,
#include "frontend/ast.def"
    AST_CONST_COUNT_
} AstConstKind;

typedef enum AstExprContext {
#define AST_CTX(Name) AST_CTX_##Name,
#include "frontend/ast.def"
    AST_CTX_COUNT_
} AstExprContext;

/* ---- lists -------------------------------------------------------------- */

typedef struct AstStmtList { AstStmt **items; uint32_t len; } AstStmtList;
typedef struct AstExprList { AstExpr **items; uint32_t len; } AstExprList;
typedef struct AstPatternList { AstPattern **items; uint32_t len; } AstPatternList;
typedef struct AstArgList { AstArg **items; uint32_t len; } AstArgList;
typedef struct AstKeywordList { AstKeyword **items; uint32_t len; } AstKeywordList;
typedef struct AstAliasList { AstAlias **items; uint32_t len; } AstAliasList;
typedef struct AstWithItemList { AstWithItem **items; uint32_t len; } AstWithItemList;
typedef struct AstMatchCaseList { AstMatchCase **items; uint32_t len; } AstMatchCaseList;
typedef struct AstComprehensionList { AstComprehension **items; uint32_t len; } AstComprehensionList;
typedef struct AstExceptHandlerList { AstExceptHandler **items; uint32_t len; } AstExceptHandlerList;
typedef struct AstIdentList { const char **items; uint32_t len; } AstIdentList;
typedef struct AstCmpOpList { AstCmpOp *items; uint32_t len; } AstCmpOpList;

/* ---- statements --------------------------------------------------------- */

typedef struct AstFunctionDef {     /* FunctionDef, AsyncFunctionDef */
    const char *name;               /* the function's name */
    AstArguments *args;             /* its parameters (never NULL) */
    AstStmtList body;               /* the statements of the body */
    AstExprList decorator_list;     /* decorators, outermost first */
    AstExpr *returns;               /* the `-> T` annotation, or NULL */
} AstFunctionDef;

typedef struct AstClassDef {
    const char *name;               /* the class's name */
    AstExprList bases;              /* positional class arguments */
    AstKeywordList keywords;        /* keyword class arguments (metaclass=...) */
    AstStmtList body;               /* the statements of the body */
    AstExprList decorator_list;     /* decorators, outermost first */
} AstClassDef;

typedef struct AstReturn {
    AstExpr *value;                 /* the returned value, or NULL */
} AstReturn;

typedef struct AstDelete {
    AstExprList targets;            /* the deleted targets (ctx Del) */
} AstDelete;

typedef struct AstAssign {
    AstExprList targets;            /* t1, t2, ... of t1 = t2 = value (ctx Store) */
    AstExpr *value;                 /* the assigned value */
} AstAssign;

typedef struct AstAugAssign {
    AstExpr *target;                /* Name, Attribute or Subscript (ctx Store) */
    AstOperator op;                 /* the operator before '=' */
    AstExpr *value;                 /* the right-hand side */
} AstAugAssign;

typedef struct AstAnnAssign {
    AstExpr *target;                /* Name, Attribute or Subscript (ctx Store) */
    AstExpr *annotation;            /* the annotation */
    AstExpr *value;                 /* the assigned value, or NULL */
    int simple;                     /* 1 when target is a bare unparenthesized Name */
} AstAnnAssign;

typedef struct AstFor {             /* For, AsyncFor */
    AstExpr *target;                /* the loop target (ctx Store) */
    AstExpr *iter;                  /* the iterated expression */
    AstStmtList body;               /* the loop body */
    AstStmtList orelse;             /* the `else:` block, may be empty */
} AstFor;

typedef struct AstWhile {
    AstExpr *test;                  /* the loop condition */
    AstStmtList body;               /* the loop body */
    AstStmtList orelse;             /* the `else:` block, may be empty */
} AstWhile;

typedef struct AstIf {
    AstExpr *test;                  /* the condition */
    AstStmtList body;               /* the `if` block */
    AstStmtList orelse;             /* `else:` block; an `elif` is a nested If here */
} AstIf;

typedef struct AstWith {            /* With, AsyncWith */
    AstWithItemList items;          /* the context managers, at least one */
    AstStmtList body;               /* the body */
} AstWith;

typedef struct AstMatch {
    AstExpr *subject;               /* the matched value */
    AstMatchCaseList cases;         /* the case blocks, at least one */
} AstMatch;

typedef struct AstRaise {
    AstExpr *exc;                   /* the raised exception, or NULL (bare raise) */
    AstExpr *cause;                 /* the `from` cause, or NULL */
} AstRaise;

typedef struct AstTry {             /* Try, TryStar */
    AstStmtList body;               /* the `try:` block */
    AstExceptHandlerList handlers;  /* the except (or except*) clauses */
    AstStmtList orelse;             /* the `else:` block, may be empty */
    AstStmtList finalbody;          /* the `finally:` block, may be empty */
} AstTry;

typedef struct AstAssert {
    AstExpr *test;                  /* the asserted condition */
    AstExpr *msg;                   /* the message, or NULL */
} AstAssert;

typedef struct AstImport {
    AstAliasList names;             /* the imported modules (dotted names) */
} AstImport;

typedef struct AstImportFrom {
    const char *module;             /* the dotted module name, or NULL for `from . import` */
    AstAliasList names;             /* imported names; a single "*" for `import *` */
    int level;                      /* number of leading dots (relative import level) */
} AstImportFrom;

typedef struct AstGlobal {          /* Global, Nonlocal */
    AstIdentList names;             /* the declared names */
} AstGlobal;

typedef struct AstExprStmt {
    AstExpr *value;                 /* the evaluated expression */
} AstExprStmt;

struct AstStmt {
    AstStmtKind kind;
    SrcLoc loc;                     /* first character of the statement */
    union {
        AstFunctionDef FunctionDef;
        AstClassDef ClassDef;
        AstReturn Return;
        AstDelete Delete;
        AstAssign Assign;
        AstAugAssign AugAssign;
        AstAnnAssign AnnAssign;
        AstFor For;
        AstWhile While;
        AstIf If;
        AstWith With;
        AstMatch Match;
        AstRaise Raise;
        AstTry Try;
        AstAssert Assert;
        AstImport Import;
        AstImportFrom ImportFrom;
        AstGlobal Global;
        AstExprStmt Expr;
    } v;
};

/* ---- expressions -------------------------------------------------------- */

typedef struct AstBoolOpExpr {
    AstBoolOp op;                   /* And or Or */
    AstExprList values;             /* two or more operands */
} AstBoolOpExpr;

typedef struct AstNamedExpr {
    AstExpr *target;                /* a Name (ctx Store) */
    AstExpr *value;                 /* the assigned value */
} AstNamedExpr;

typedef struct AstBinOp {
    AstExpr *left;                  /* left operand */
    AstOperator op;                 /* the operator */
    AstExpr *right;                 /* right operand */
} AstBinOp;

typedef struct AstUnaryOpExpr {
    AstUnaryOp op;                  /* the operator */
    AstExpr *operand;               /* the operand */
} AstUnaryOpExpr;

typedef struct AstLambda {
    AstArguments *args;             /* the parameters (never NULL) */
    AstExpr *body;                  /* the returned expression */
} AstLambda;

typedef struct AstIfExp {
    AstExpr *test;                  /* the condition */
    AstExpr *body;                  /* value when true */
    AstExpr *orelse;                /* value when false */
} AstIfExp;

typedef struct AstDict {
    AstExprList keys;               /* keys; a NULL key marks a `**value` entry */
    AstExprList values;             /* values, same length as keys */
} AstDict;

typedef struct AstSet {
    AstExprList elts;               /* the elements (non-empty) */
} AstSet;

typedef struct AstComp {            /* ListComp, SetComp, GeneratorExp */
    AstExpr *elt;                   /* the produced element */
    AstComprehensionList generators;/* the for/if clauses, at least one */
} AstComp;

typedef struct AstDictComp {
    AstExpr *key;                   /* the produced key */
    AstExpr *value;                 /* the produced value */
    AstComprehensionList generators;/* the for/if clauses, at least one */
} AstDictComp;

typedef struct AstAwait {           /* Await, YieldFrom */
    AstExpr *value;                 /* the awaited / delegated-to expression */
} AstAwait;

typedef struct AstYield {
    AstExpr *value;                 /* the yielded value, or NULL */
} AstYield;

typedef struct AstCompare {
    AstExpr *left;                  /* the first operand */
    AstCmpOpList ops;               /* the operators, one per comparator */
    AstExprList comparators;        /* the following operands */
} AstCompare;

typedef struct AstCall {
    AstExpr *func;                  /* the called expression */
    AstExprList args;               /* positional arguments (Starred for *x) */
    AstKeywordList keywords;        /* keyword arguments (arg NULL for **x) */
} AstCall;

typedef struct AstFormattedValue {
    AstExpr *value;                 /* the formatted expression */
    int conversion;                 /* -1 none, or 's', 'r', 'a' */
    AstExpr *format_spec;           /* a JoinedStr, or NULL */
} AstFormattedValue;

typedef struct AstJoinedStr {
    AstExprList values;             /* Constant(Str) pieces and FormattedValues */
} AstJoinedStr;

typedef struct AstConstant {
    AstConstKind kind;              /* which member of the union below is set */
    bool u_prefix;                  /* a str literal written u"..." (CPython's kind='u') */
    union {
        struct {
            const char *digits;     /* the digits, no prefix, no underscores */
            int base;               /* 10, 16, 8 or 2 */
            int64_t value;          /* the value when !overflows_i64 */
            bool overflows_i64;     /* the literal exceeds INT64_MAX */
        } i;                        /* Int */
        double f;                   /* Float; the imaginary part for Complex */
        struct {
            const char *data;       /* UTF-8, NUL-terminated (may hold NULs) */
            size_t len;             /* length in bytes */
        } s;                        /* Str */
        struct {
            const unsigned char *data; /* the bytes, NUL-terminated */
            size_t len;             /* length in bytes */
        } b;                        /* Bytes */
    } v;
} AstConstant;

typedef struct AstAttribute {
    AstExpr *value;                 /* the object */
    const char *attr;               /* the attribute name */
    AstExprContext ctx;             /* Load, Store or Del */
} AstAttribute;

typedef struct AstSubscript {
    AstExpr *value;                 /* the subscripted object */
    AstExpr *slice;                 /* index, Slice, or Tuple of them */
    AstExprContext ctx;             /* Load, Store or Del */
} AstSubscript;

typedef struct AstStarred {
    AstExpr *value;                 /* the unpacked expression */
    AstExprContext ctx;             /* Load or Store */
} AstStarred;

typedef struct AstName {
    const char *id;                 /* the identifier (NFKC is not applied) */
    AstExprContext ctx;             /* Load, Store or Del */
} AstName;

typedef struct AstSeq {             /* List, Tuple */
    AstExprList elts;               /* the elements */
    AstExprContext ctx;             /* Load, Store or Del */
} AstSeq;

typedef struct AstSlice {
    AstExpr *lower;                 /* or NULL */
    AstExpr *upper;                 /* or NULL */
    AstExpr *step;                  /* or NULL */
} AstSlice;

struct AstExpr {
    AstExprKind kind;
    SrcLoc loc;                     /* first character (the '(' of a parenthesized tuple) */
    uint8_t parens;                 /* how many parentheses enclose it directly (saturates) */
    union {
        AstBoolOpExpr BoolOp;
        AstNamedExpr NamedExpr;
        AstBinOp BinOp;
        AstUnaryOpExpr UnaryOp;
        AstLambda Lambda;
        AstIfExp IfExp;
        AstDict Dict;
        AstSet Set;
        AstComp Comp;
        AstDictComp DictComp;
        AstAwait Await;
        AstYield Yield;
        AstCompare Compare;
        AstCall Call;
        AstFormattedValue FormattedValue;
        AstJoinedStr JoinedStr;
        AstConstant Constant;
        AstAttribute Attribute;
        AstSubscript Subscript;
        AstStarred Starred;
        AstName Name;
        AstSeq Seq;
        AstSlice Slice;
    } v;
};

/* ---- patterns (match statement) ---------------------------------------- */

typedef struct AstMatchValue {
    AstExpr *value;                 /* Constant, signed/complex number, or dotted Attribute */
} AstMatchValue;

typedef struct AstMatchSingleton {
    AstConstKind value;             /* None, True or False */
} AstMatchSingleton;

typedef struct AstMatchSequence {
    AstPatternList patterns;        /* the element patterns (at most one MatchStar) */
} AstMatchSequence;

typedef struct AstMatchMapping {
    AstExprList keys;               /* the key expressions (literals or dotted names) */
    AstPatternList patterns;        /* the value patterns, same length as keys */
    const char *rest;               /* the `**rest` name, or NULL */
} AstMatchMapping;

typedef struct AstMatchClass {
    AstExpr *cls;                   /* the class: a Name or dotted Attribute */
    AstPatternList patterns;        /* positional sub-patterns */
    AstIdentList kwd_attrs;         /* keyword names */
    AstPatternList kwd_patterns;    /* keyword sub-patterns, same length as kwd_attrs */
} AstMatchClass;

typedef struct AstMatchStar {
    const char *name;               /* the captured name, or NULL for *_ */
} AstMatchStar;

typedef struct AstMatchAs {
    AstPattern *pattern;            /* the sub-pattern, or NULL for a bare capture */
    const char *name;               /* the bound name, or NULL (wildcard _) */
} AstMatchAs;

typedef struct AstMatchOr {
    AstPatternList patterns;        /* two or more alternatives */
} AstMatchOr;

struct AstPattern {
    AstPatternKind kind;
    SrcLoc loc;                     /* first character of the pattern */
    union {
        AstMatchValue MatchValue;
        AstMatchSingleton MatchSingleton;
        AstMatchSequence MatchSequence;
        AstMatchMapping MatchMapping;
        AstMatchClass MatchClass;
        AstMatchStar MatchStar;
        AstMatchAs MatchAs;
        AstMatchOr MatchOr;
    } v;
};

/* ---- auxiliary records -------------------------------------------------- */

struct AstArg {
    SrcLoc loc;
    const char *arg;                /* the parameter name */
    AstExpr *annotation;            /* its annotation, or NULL */
};

/* def f(posonlyargs, /, args, *vararg, kwonlyargs, **kwarg) */
struct AstArguments {
    AstArgList posonlyargs;         /* parameters before '/' */
    AstArgList args;                /* ordinary positional-or-keyword parameters */
    AstArg *vararg;                 /* *args, or NULL */
    AstArgList kwonlyargs;          /* parameters after '*' or *args */
    AstExprList kw_defaults;        /* one per kwonlyarg; NULL where it has none */
    AstArg *kwarg;                  /* **kwargs, or NULL */
    AstExprList defaults;           /* defaults of the last posonlyargs+args */
};

struct AstKeyword {
    SrcLoc loc;
    const char *arg;                /* the keyword, or NULL for **value */
    AstExpr *value;                 /* the argument value */
};

struct AstAlias {
    SrcLoc loc;
    const char *name;               /* the (dotted) imported name, or "*" */
    const char *asname;             /* the `as` name, or NULL */
};

struct AstWithItem {
    AstExpr *context_expr;          /* the context manager */
    AstExpr *optional_vars;         /* the `as` target (ctx Store), or NULL */
};

struct AstMatchCase {
    AstPattern *pattern;            /* the case pattern */
    AstExpr *guard;                 /* the `if` guard, or NULL */
    AstStmtList body;               /* the case body */
};

struct AstComprehension {
    AstExpr *target;                /* the loop target (ctx Store) */
    AstExpr *iter;                  /* the iterated expression */
    AstExprList ifs;                /* the `if` filters */
    int is_async;                   /* 1 for `async for` */
};

struct AstExceptHandler {
    SrcLoc loc;                     /* the `except` keyword */
    AstExpr *type;                  /* the matched exception type, or NULL */
    const char *name;               /* the `as` name, or NULL */
    AstStmtList body;               /* the handler body */
};

typedef struct AstModule {
    uint32_t file;                  /* the DiagEngine file id it was parsed from */
    AstStmtList body;               /* the module's statements */
} AstModule;

/* ---- queries and printing (ast.c) -------------------------------------- */

const char *ast_stmt_kind_name(AstStmtKind kind);       /* "FunctionDef" */
const char *ast_expr_kind_name(AstExprKind kind);       /* "BinOp" */
const char *ast_pattern_kind_name(AstPatternKind kind); /* "MatchAs" */
const char *ast_operator_name(AstOperator op);          /* "Add" */
const char *ast_operator_text(AstOperator op);          /* "+" */
const char *ast_unaryop_name(AstUnaryOp op);
const char *ast_unaryop_text(AstUnaryOp op);
const char *ast_cmpop_name(AstCmpOp op);
const char *ast_cmpop_text(AstCmpOp op);
const char *ast_boolop_name(AstBoolOp op);
const char *ast_ctx_name(AstExprContext ctx);

/* Appends a CPython 3.11 `ast.dump(tree)` rendering of the module to out
 * (no positions; optional fields that are absent are left out, as CPython
 * does).  Recursive: safe on any tree parse_file returns, which nests at
 * most PARSE_MAX_NEST_DEPTH deep.  Known differences: non-printable
 * characters that need Unicode tables (unassigned code points) are shown
 * as themselves rather than escaped. */
void ast_dump(StrBuf *out, const AstModule *mod);
void ast_dump_expr(StrBuf *out, const AstExpr *e);

#endif
