/* lex.c — the token stream the grammar reads: raw flex tokens (lexer.l)
 * plus INDENT/DEDENT from the indentation stack, the logical NEWLINE, the
 * soft keywords `match`/`case`, and the parenthesized-with lookahead.
 * Invariant: tokens are handed out in order, from `queue` while it holds
 * any and straight from cook() when it is empty (the common case); lookahead
 * only ever reads ahead within one logical line. */
#include "frontend/parse_internal.h"
#include "frontend/parser.h"

#include <string.h>

void lex_open(Lexer *lx, ParseCtx *pc, const char *buf, size_t len, uint32_t line,
              uint32_t col, bool fstring_mode)
{
    memset(lx, 0, sizeof *lx);
    lx->pc = pc;
    lx->buf = buf;
    lx->len = len;
    lx->line = line;
    lx->line_start = 1 - (long)col;
    lx->fstring_mode = fstring_mode;
    lx->at_stmt_start = true;
    if (fstring_mode) {
        /* the expression is parsed as if written inside parentheses */
        lx->depth = lx->base_depth = 1;
        lx->parens[0] = '(';
    }
    lex_scanner_open(lx);
}

void lex_close(Lexer *lx)
{
    lex_scanner_close(lx);
    vec_free(&lx->queue);
}

int lex_fail(Lexer *lx, SrcLoc loc, const char *fmt, ...)
{
    if (!lx->pc->failed) {
        va_list ap;
        va_start(ap, fmt);
        diag_vreport(lx->pc->diag, DIAG_ERROR, loc, fmt, ap);
        va_end(ap);
        lx->pc->failed = true;
    }
    return TK_ERRORTOKEN;
}

static void emit(Lexer *lx, int kind, SrcLoc loc, const char *text, uint32_t len)
{
    QTok q = { kind, { loc, len, text } };
    vec_push(&lx->queue, q);
}

/* Compares the measured indentation of a new line with the stack, pushing
 * INDENT or DEDENTs (CPython's tokenizer rules, including its check with tab
 * sizes 8 and 1 for inconsistent tabs). */
static bool indent_line(Lexer *lx)
{
    int col = lx->bol_col, alt = lx->bol_altcol, top = lx->nindent;
    SrcLoc loc = lx->bol_loc;
    if (col == lx->indent[top]) {
        if (alt != lx->altindent[top]) goto tab_error;
    } else if (col > lx->indent[top]) {
        if (top + 1 > LEX_MAX_INDENT_DEPTH) {
            lex_fail(lx, loc, "too many levels of indentation");
            return false;
        }
        if (alt <= lx->altindent[top]) goto tab_error;
        top++;
        lx->indent[top] = col;
        lx->altindent[top] = alt;
        lx->match_body[top] = lx->pending_match_body;
        lx->pending_match_body = false;
        lx->nindent = top;
        loc.col = 1;
        emit(lx, TK_INDENT, loc, lx->buf + lx->off, 0);
    } else {
        while (top > 0 && col < lx->indent[top]) {
            top--;
            emit(lx, TK_DEDENT, loc, lx->buf + lx->off, 0);
        }
        lx->nindent = top;
        if (col != lx->indent[top]) {
            lex_fail(lx, loc, "unindent does not match any outer indentation level");
            return false;
        }
        if (alt != lx->altindent[top]) goto tab_error;
    }
    return true;
tab_error:
    loc.col = 1;
    lex_fail(lx, loc, "inconsistent use of tabs and spaces in indentation");
    return false;
}

/* Produces the next cooked token in *t and returns its kind.  Tokens that
 * come before it (INDENT/DEDENTs, the NEWLINE and DEDENTs at the end, an
 * f-string's opening) are appended to the queue first, so the caller must
 * queue t too when the queue grew; in the common case nothing is queued and
 * the token goes straight to the parser. */
static int cook(Lexer *lx, Tok *t)
{
    if (lx->eof) {
        t->loc = lx->queue.len ? vec_last(&lx->queue).tok.loc : (SrcLoc){0, 0, 0};
        t->text = lx->buf;
        t->len = 0;
        return 0;
    }
    if (lx->fstring_mode && !lx->fstring_started) {
        SrcLoc loc = { lx->pc->file, lx->line, (uint32_t)(1 - lx->line_start) };
        lx->fstring_started = true;
        emit(lx, TK_FSTRING_START, loc, lx->buf, 0);
        *t = (Tok){ loc, 0, lx->buf };
        return '(';
    }
    for (;;) {
        int kind = lex_raw(t, lx->scanner);
        if (kind == LEX_RAW_INDENT_MARK) {
            lx->pending_indent = true;
            continue;
        }
        if (kind == TK_ERRORTOKEN) {
            lx->eof = true;
            return TK_ERRORTOKEN;
        }
        if (kind == 0) {
            SrcLoc loc = { lx->pc->file, lx->line, (uint32_t)((long)lx->off - lx->line_start + 1) };
            const char *end = lx->buf + lx->len;
            lx->eof = true;
            if (lx->fstring_mode) {
                emit(lx, ')', loc, end, 0);
            } else {
                if (lx->line_has_content) emit(lx, TK_NEWLINE, loc, end, 0);
                for (; lx->nindent > 0; lx->nindent--) emit(lx, TK_DEDENT, loc, end, 0);
            }
            *t = (Tok){ loc, 0, end };
            return 0;
        }
        if (lx->pending_indent || (kind != TK_NEWLINE && !lx->line_has_content)) {
            /* the first token of a line: settle its indentation */
            if (!lx->pending_indent) {
                lx->bol_col = lx->bol_altcol = 0;
                lx->bol_loc = t->loc;
            }
            lx->pending_indent = false;
            if (!lx->fstring_mode && !indent_line(lx)) {
                lx->eof = true;
                return TK_ERRORTOKEN;
            }
        }
        lx->line_has_content = kind != TK_NEWLINE;
        return kind;
    }
}

/* Appends at least one token to the queue. */
static void fill(Lexer *lx)
{
    QTok q;
    q.kind = cook(lx, &q.tok);
    vec_push(&lx->queue, q);
}

/* The i-th token not yet handed out (0 = the next one). */
static QTok *peek(Lexer *lx, uint32_t i)
{
    while (lx->queue.len - lx->qhead <= i) fill(lx);
    return &lx->queue.data[lx->qhead + i];
}

static bool is_name(const QTok *q, const char *s, uint32_t n)
{
    return q->kind == TK_NAME && q->tok.len == n && memcmp(q->tok.text, s, n) == 0;
}

/* `match` starts a match statement when its logical line ends with ':'
 * (no expression statement or assignment can end in ':'). */
static bool match_line(Lexer *lx)
{
    int prev = TK_NAME;
    for (uint32_t i = 0;; i++) {
        QTok *q = peek(lx, i);
        if (q->kind == TK_NEWLINE) return prev == ':' && i >= 2;
        if (q->kind == 0 || q->kind == TK_ERRORTOKEN || q->kind == TK_INDENT ||
            q->kind == TK_DEDENT)
            return false;
        prev = q->kind;
    }
}

/* After `with`, a '(' opens a parenthesized list of with-items when an `as`
 * stands directly inside the parentheses and ':' follows the ')'. */
static bool with_items_paren(Lexer *lx)
{
    int depth = 1;
    bool has_as = false;
    for (uint32_t i = 0;; i++) {
        QTok *q = peek(lx, i);
        switch (q->kind) {
        case '(': case '[': case '{': depth++; break;
        case ')': case ']': case '}':
            if (--depth == 0) return has_as && peek(lx, i + 1)->kind == ':';
            break;
        case TK_AS: if (depth == 1) has_as = true; break;
        case 0: case TK_ERRORTOKEN: case TK_NEWLINE: return false;
        default: break;
        }
    }
}

int lex_next(Lexer *lx, Tok *out)
{
    QTok q;
    if (lx->qhead < lx->queue.len) {
        q = lx->queue.data[lx->qhead++];
    } else {
        lx->qhead = 0;
        vec_clear(&lx->queue);
        q.kind = cook(lx, &q.tok);
        if (lx->queue.len) {        /* tokens to hand out before this one */
            vec_push(&lx->queue, q);
            q = lx->queue.data[lx->qhead++];
        }
    }
    if (q.kind == TK_NAME && lx->at_stmt_start) {
        if (is_name(&q, "match", 5) && match_line(lx)) {
            q.kind = TK_MATCH;
            lx->pending_match_body = true;
        } else if (is_name(&q, "case", 4) && lx->match_body[lx->nindent]) {
            q.kind = TK_CASE;
        }
    } else if (q.kind == '(' && lx->last_kind == TK_WITH && with_items_paren(lx)) {
        q.kind = TK_WITH_LPAREN;
    }
    lx->at_stmt_start = q.kind == TK_NEWLINE || q.kind == TK_INDENT || q.kind == TK_DEDENT;
    lx->last_kind = q.kind;
    *out = q.tok;
    return q.kind;
}
