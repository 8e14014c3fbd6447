/* parse.c — the entry points of frontend/: parse_file (source bytes to a
 * checked AST), the nested parse of f-string replacement fields, and the
 * token dump used by tests.  Owns nothing beyond one call: every result
 * lives in the caller's Arena, every error goes to the caller's DiagEngine. */
#include "frontend/parse_internal.h"
#include "frontend/parser.h"

#include <string.h>

void parse_error(ParseCtx *pc, SrcLoc loc, const char *fmt, ...)
{
    if (pc->failed) return;
    pc->failed = true;
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(pc->diag, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
}

static void ctx_init(ParseCtx *pc, Arena *arena, DiagEngine *diag, uint32_t file_id)
{
    memset(pc, 0, sizeof *pc);
    pc->arena = arena;
    pc->diag = diag;
    pc->file = file_id;
}

/* Sets up pc and lx to read the registered file; false after a diagnostic. */
static bool open_file(ParseCtx *pc, Lexer *lx, Arena *arena, DiagEngine *diag, uint32_t file_id)
{
    ctx_init(pc, arena, diag, file_id);
    SourceFile *f = diag_file(diag, file_id);
    if (!f) {
        diag_global(diag, DIAG_ERROR, "no such source file (id %u)", file_id);
        pc->failed = true;
        return false;
    }
    size_t len;
    const char *buf = source_decode(pc, f->text, f->len, &len);
    if (!buf) return false;
    lex_open(lx, pc, buf, len, 1, 1, false);
    pc->lx = lx;
    return true;
}

AstModule *parse_file(Arena *arena, DiagEngine *diag, uint32_t file_id)
{
    ParseCtx pc;
    Lexer lx;
    if (!open_file(&pc, &lx, arena, diag, file_id)) return NULL;
    pc.module = arena_zalloc(arena, sizeof *pc.module);
    pc.module->file = file_id;
    int rc = parse_yyparse(&pc);
    lex_close(&lx);
    if (rc != 0 || pc.failed) {
        if (!pc.failed) parse_error(&pc, pc.tok_loc, "invalid syntax");
        return NULL;
    }
    SrcLoc where;
    if (!ast_check_depth(pc.module, &where)) {
        parse_error(&pc, where, "too many nested expressions or statements (the nesting limit is %d)",
                    PARSE_MAX_NEST_DEPTH);
        return NULL;
    }
    return pc.module;
}

AstExpr *parse_fstring_expr(ParseCtx *pc, const char *text, size_t len, SrcLoc at)
{
    if (pc->fstring_depth >= 8) {
        parse_error(pc, at, "f-string: expressions nested too deeply");
        return NULL;
    }
    char *buf = arena_alloc(pc->arena, len + 2);
    memcpy(buf, text, len);
    buf[len] = buf[len + 1] = '\0';
    ParseCtx sub;
    ctx_init(&sub, pc->arena, pc->diag, pc->file);
    sub.fstring_depth = pc->fstring_depth + 1;
    Lexer lx;
    lex_open(&lx, &sub, buf, len, at.line, at.col, true);
    sub.lx = &lx;
    int rc = parse_yyparse(&sub);
    lex_close(&lx);
    if (rc != 0 || sub.failed || !sub.fexpr) {
        if (!sub.failed) parse_error(&sub, sub.tok_loc, "f-string: invalid syntax");
        pc->failed = true;
        return NULL;
    }
    return sub.fexpr;
}

bool lex_dump_tokens(Arena *arena, DiagEngine *diag, uint32_t file_id, StrBuf *out)
{
    ParseCtx pc;
    Lexer lx;
    if (!open_file(&pc, &lx, arena, diag, file_id)) return false;
    for (;;) {
        Tok t;
        int kind = lex_next(&lx, &t);
        if (kind == TK_ERRORTOKEN) break;
        sb_printf(out, "%u:%u %s", t.loc.line, t.loc.col, lex_token_name(kind));
        if (t.len && kind != TK_NEWLINE) sb_printf(out, " '%.*s'", (int)t.len, t.text);
        sb_putc(out, '\n');
        if (kind == 0) break;
    }
    lex_close(&lx);
    return !pc.failed;
}
