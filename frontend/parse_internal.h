/* parse_internal.h — what the lexer (lexer.l, lex.c), the grammar (parser.y)
 * and the AST builders (build.c, strings.c) share inside frontend/.  Not
 * part of the public face: other folders include frontend/frontend.h only.
 * Invariant: all state hangs off one ParseCtx per parse (no globals), and
 * every allocation goes to the ParseCtx's arena. */
#ifndef PORTALIS_FRONTEND_PARSE_INTERNAL_H
#define PORTALIS_FRONTEND_PARSE_INTERNAL_H

#include "frontend/frontend.h"

#include <stdlib.h>

/* A token as the parser sees it.  text points into the lexer's buffer,
 * which lives in the arena for the whole parse. */
typedef struct Tok {
    SrcLoc loc;
    uint32_t len;
    const char *text;
} Tok;
_Static_assert(sizeof(Tok) == 24, "Tok is copied on every parser reduction; keep it small");

/* A list under construction: a singly linked chain in the arena, turned into
 * a pointer array by pl_array() once the rule that owns it is reduced. */
typedef struct PNode { void *item; struct PNode *next; } PNode;
typedef struct PList { PNode *head, *tail; uint32_t len; } PList;

typedef struct ParseCtx ParseCtx;
typedef struct Lexer Lexer;

struct ParseCtx {
    Arena *arena;
    DiagEngine *diag;
    uint32_t file;
    Lexer *lx;
    bool failed;                /* one diagnostic has been reported */
    int fstring_depth;          /* nesting of f-string sub-parses */
    AstModule *module;          /* result of a file parse */
    AstExpr *fexpr;             /* result of an f-string expression parse */
    /* the last tokens handed to the parser, for error messages */
    int tok_kind, prev_kind, prev2_kind;
    SrcLoc tok_loc, prev_loc;
    int block_kind;             /* the last compound statement keyword, for */
    uint32_t block_line;        /* "expected an indented block after ..." */
};

/* Reports the parse's one diagnostic (later ones are dropped) and marks the
 * parse failed. */
void parse_error(ParseCtx *pc, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- lexer (lex.c, lexer.l) --------------------------------------------- */

enum { LEX_RAW_INDENT_MARK = 1 << 20 };   /* beginning-of-line marker, never seen by the parser */

typedef struct QTok { int kind; Tok tok; } QTok;

struct Lexer {
    ParseCtx *pc;
    void *scanner;              /* the flex yyscan_t */
    const char *buf;            /* UTF-8 text, newlines normalised, two NULs after len */
    size_t len;
    /* position of flex's scan: offset just past the last match and the
     * line it is on; line_start may be negative for an f-string piece whose
     * first line begins at a column > 1 */
    size_t off, tok_off;
    uint32_t line;
    long line_start;
    /* brackets */
    int depth, base_depth;
    char parens[LEX_MAX_PAREN_DEPTH + 1];
    SrcLoc paren_loc[LEX_MAX_PAREN_DEPTH + 1];
    /* indentation: stack of columns (tab size 8) and alt columns (tab size 1) */
    int nindent;
    int indent[LEX_MAX_INDENT_DEPTH + 1], altindent[LEX_MAX_INDENT_DEPTH + 1];
    bool match_body[LEX_MAX_INDENT_DEPTH + 1];
    int bol_col, bol_altcol;    /* measured by the BOL rule */
    SrcLoc bol_loc;
    bool pending_indent, pending_match_body, line_has_content;
    /* cooked tokens not yet handed to the parser (lookahead) */
    VEC(QTok) queue;
    uint32_t qhead;
    int last_kind;
    bool at_stmt_start, eof, fstring_mode, fstring_started;
};

/* Starts a lexer over buf[0..len) (buf[len] and buf[len+1] must be NUL).
 * line/col give the position of buf[0] in the file. */
void lex_open(Lexer *lx, ParseCtx *pc, const char *buf, size_t len, uint32_t line,
              uint32_t col, bool fstring_mode);
void lex_close(Lexer *lx);
int lex_next(Lexer *lx, Tok *out);            /* the parser's token stream */
const char *lex_token_name(int kind);          /* from parser.y's tables */

/* flex side (lexer.l) */
void lex_scanner_open(Lexer *lx);
void lex_scanner_close(Lexer *lx);
int lex_raw(Tok *tok, void *scanner);          /* one raw token; 0 at end */
int lex_fail(Lexer *lx, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));     /* reports, returns ERRORTOKEN */

/* ---- source decoding (source.c) ----------------------------------------- */

/* Turns the raw bytes of a file into the lexer's buffer (BOM stripped,
 * coding cookie honoured, \r\n and \r made \n, two NULs appended).  Reports
 * and returns NULL on a NUL byte, an undecodable byte in a non-UTF-8
 * encoding, or an unknown encoding.  UTF-8 is checked later, per token. */
char *source_decode(ParseCtx *pc, const char *raw, size_t len, size_t *out_len);

/* Length of the valid UTF-8 sequence at s (s < end), or 0 when invalid. */
static inline size_t utf8_seq_len(const unsigned char *s, const unsigned char *end)
{
    unsigned c = s[0];
    size_t n;
    uint32_t min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
    else return 0;
    if ((size_t)(end - s) < n) return 0;
    uint32_t cp = c & (0x7Fu >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/* Reports the first invalid UTF-8 sequence in text[0..n) (at loc + its
 * offset, on the same line) and returns false; true when all is valid. */
bool utf8_check(ParseCtx *pc, SrcLoc loc, const char *text, size_t n);

/* ---- lists and builders (build.c) --------------------------------------- */

static inline PList pl_empty(void) { PList l = {NULL, NULL, 0}; return l; }
PList pl_one(ParseCtx *pc, void *item);
PList pl_push(ParseCtx *pc, PList l, void *item);
PList pl_cat(PList a, PList b);
void **pl_array(ParseCtx *pc, PList l);
#define PL_LIST(pc, T, l) ((T){ .items = (void *)pl_array((pc), (l)), .len = (l).len })

AstExpr *ast_new_expr(ParseCtx *pc, AstExprKind kind, SrcLoc loc);
AstStmt *ast_new_stmt(ParseCtx *pc, AstStmtKind kind, SrcLoc loc);
AstPattern *ast_new_pattern(ParseCtx *pc, AstPatternKind kind, SrcLoc loc);
const char *ast_intern(ParseCtx *pc, const Tok *t);   /* arena copy of a token's text */

/* A call argument or a parameter before they are sorted into AstCall /
 * AstArguments. */
typedef enum { ARG_POS, ARG_STAR, ARG_KW, ARG_DSTAR, ARG_GENEXP } ArgKind;
typedef struct CallArg { ArgKind kind; SrcLoc loc; const char *name; AstExpr *value; } CallArg;
typedef enum { PARAM_PLAIN, PARAM_SLASH, PARAM_STAR, PARAM_DSTAR } ParamKind;
typedef struct Param { ParamKind kind; SrcLoc loc; AstArg *arg; AstExpr *dflt; } Param;
typedef struct CompItem { AstComprehension *comp; AstExpr *cond; } CompItem;

typedef enum { TARGET_ASSIGN, TARGET_FOR, TARGET_WITH, TARGET_COMP, TARGET_DEL } TargetUse;

CallArg *p_arg(ParseCtx *pc, ArgKind kind, SrcLoc loc, AstExpr *name, AstExpr *value);
AstExpr *p_call(ParseCtx *pc, AstExpr *func, PList args);
bool p_class_args(ParseCtx *pc, PList args, AstExprList *bases, AstKeywordList *kws);
Param *p_param(ParseCtx *pc, ParamKind kind, const Tok *name, AstExpr *ann, AstExpr *dflt,
               SrcLoc loc);
AstArguments *p_arguments(ParseCtx *pc, PList params);
AstExpr *p_binop(ParseCtx *pc, AstExpr *l, AstOperator op, AstExpr *r);
AstExpr *p_unary(ParseCtx *pc, SrcLoc loc, AstUnaryOp op, AstExpr *e);
AstExpr *p_boolop(ParseCtx *pc, AstBoolOp op, AstExpr *l, AstExpr *r);   /* l op r, chains folded */
AstExpr *p_compare(ParseCtx *pc, AstExpr *left, PList ops_and_operands);
AstExpr *p_name(ParseCtx *pc, const Tok *t);
AstExpr *p_const(ParseCtx *pc, SrcLoc loc, AstConstKind kind);
AstExpr *p_number(ParseCtx *pc, const Tok *t);
AstExpr *p_strings(ParseCtx *pc, PList toks);   /* concatenation, f-strings */
AstExpr *p_seq(ParseCtx *pc, AstExprKind kind, SrcLoc loc, PList elts);
AstExpr *p_comp(ParseCtx *pc, AstExprKind kind, SrcLoc loc, AstExpr *elt, AstExpr *value,
                PList items);
CompItem *p_comp_for(ParseCtx *pc, AstExpr *target, AstExpr *iter, bool is_async);
CompItem *p_comp_if(ParseCtx *pc, AstExpr *cond);
AstExpr *p_starred(ParseCtx *pc, SrcLoc loc, AstExpr *value);
bool p_target(ParseCtx *pc, AstExpr *e, TargetUse use);   /* sets Store/Del ctx */
AstStmt *p_expr_stmt(ParseCtx *pc, PList chain);
AstStmt *p_annassign(ParseCtx *pc, AstExpr *target, AstExpr *ann, AstExpr *value);
AstStmt *p_augassign(ParseCtx *pc, AstExpr *target, const Tok *op, AstExpr *value);
AstStmt *p_try(ParseCtx *pc, SrcLoc loc, PList body, PList handlers, PList orelse,
               PList finalbody);
const char *p_dotted(ParseCtx *pc, const char *prefix, const Tok *name);
Tok *p_tok(ParseCtx *pc, const Tok *t);          /* arena copy of a token */
PList p_dict_add(ParseCtx *pc, PList l, AstExpr *key, AstExpr *value);
AstExpr *p_dict(ParseCtx *pc, SrcLoc loc, PList pairs);
typedef struct Handler { AstExceptHandler *h; bool star; } Handler;
Handler *p_handler(ParseCtx *pc, SrcLoc loc, AstExpr *type, const Tok *name, PList body, bool star);
/* match patterns: a mapping entry, or a class-pattern argument (key NULL) */
typedef struct MapEntry { AstExpr *key; AstPattern *pat; const Tok *name; } MapEntry;
MapEntry *p_map_entry(ParseCtx *pc, AstExpr *key, AstPattern *pat, const Tok *name);
bool p_mapping_pattern(ParseCtx *pc, AstPattern *p, PList entries);
bool p_class_pattern(ParseCtx *pc, AstPattern *p, PList args);
bool p_complex_pattern(ParseCtx *pc, AstExpr *real, AstExpr *imag);
AstExpr *p_fix_parens(AstExpr *e);              /* counts one more enclosing pair */

/* f-string expression sub-parse (parser.y): parses buf[0..len) as a
 * parenthesized expression located at line:col; NULL after an error. */
AstExpr *parse_fstring_expr(ParseCtx *pc, const char *text, size_t len, SrcLoc at);

/* Post-parse check that nesting stays under PARSE_MAX_NEST_DEPTH (ast.c). */
bool ast_check_depth(const AstModule *mod, SrcLoc *where);

#endif
