/* strings.c — literals: numbers (digits, base, int64 value), string and
 * bytes literals with escapes decoded to UTF-8, implicit concatenation, and
 * f-strings split into literal pieces and FormattedValues whose expressions
 * are parsed by a nested parse (parse_fstring_expr), following CPython 3.11's
 * Parser/string_parser.c so that the same inputs are accepted. */
#include "frontend/parse_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- numbers ------------------------------------------------------------- */

AstExpr *p_number(ParseCtx *pc, const Tok *t)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Constant, t->loc);
    AstConstant *c = &e->v.Constant;
    char *clean = arena_alloc(pc->arena, t->len + 1);
    size_t n = 0;
    bool is_float = false;
    for (uint32_t i = 0; i < t->len; i++) {
        char ch = t->text[i];
        if (ch == '_') continue;
        clean[n++] = ch;
    }
    clean[n] = '\0';
    char last = clean[n - 1];
    bool radix = n > 1 && clean[0] == '0' && strchr("xXoObB", clean[1]);
    if (!radix)
        for (size_t i = 0; i < n; i++)
            if (clean[i] == '.' || clean[i] == 'e' || clean[i] == 'E') is_float = true;
    if (!radix && (last == 'j' || last == 'J')) {
        clean[n - 1] = '\0';
        c->kind = AST_CONST_Complex;
        c->v.f = strtod(clean, NULL);
        return e;
    }
    if (is_float) {
        c->kind = AST_CONST_Float;
        c->v.f = strtod(clean, NULL);
        return e;
    }
    c->kind = AST_CONST_Int;
    int base = 10;
    const char *digits = clean;
    if (radix) {
        char p = (char)(clean[1] | 0x20);
        base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        digits += 2;
    }
    while (digits[0] == '0' && digits[1]) digits++;
    c->v.i.digits = digits;
    c->v.i.base = base;
    uint64_t v = 0;
    bool over = false;
    for (const char *d = digits; *d; d++) {
        int dv = *d <= '9' ? *d - '0' : (*d | 0x20) - 'a' + 10;
        if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base) { over = true; break; }
        v = v * (uint64_t)base + (uint64_t)dv;
    }
    if (v > (uint64_t)INT64_MAX) over = true;
    c->v.i.overflows_i64 = over;
    c->v.i.value = over ? 0 : (int64_t)v;
    return e;
}

/* ---- escapes ------------------------------------------------------------- */

static const struct { const char *name; uint32_t cp; } ucd_names[] = {
#include "frontend/ucd_names.inc"
};

static long ucd_lookup(const char *s, size_t n)
{
    char up[128];
    if (n >= sizeof up) return -1;
    for (size_t i = 0; i < n; i++) up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    up[n] = '\0';
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (n > sizeof cjk - 1 && memcmp(up, cjk, sizeof cjk - 1) == 0) {
        char *end;
        long cp = strtol(up + sizeof cjk - 1, &end, 16);
        if (*end == '\0' && n - (sizeof cjk - 1) >= 4 &&
            ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
             (cp >= 0x20000 && cp <= 0x323AF)))
            return cp;
        return -1;
    }
    size_t lo = 0, hi = sizeof ucd_names / sizeof ucd_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(up, ucd_names[mid].name);
        if (c == 0) return (long)ucd_names[mid].cp;
        if (c < 0) hi = mid; else lo = mid + 1;
    }
    return -1;
}

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Decodes s[0..n) (the body of a non-raw literal) into out, which has room
 * for n bytes (no escape grows).  Returns the length, or -1 after
 * reporting.  Lone surrogates from \u escapes are kept as their 3-byte
 * generalized UTF-8 form; invalid escapes stay as written (as CPython does,
 * with a warning). */
static long decode_escapes(ParseCtx *pc, SrcLoc loc, const char *s, size_t n, char *out, bool bytes)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c != '\\') { out[o++] = c; i++; continue; }
        if (i + 1 >= n) { out[o++] = c; i++; continue; }
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': out[o++] = '\\'; break;
        case '\'': out[o++] = '\''; break;
        case '"': out[o++] = '"'; break;
        case 'a': out[o++] = '\a'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'v': out[o++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (uint32_t)(s[i++] - '0');
            if (bytes) out[o++] = (char)(v & 0xFF);
            else o += put_utf8(out + o, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') { out[o++] = '\\'; out[o++] = e; break; }
            uint32_t v = 0;
            for (int k = 0; k < want; k++) {
                int h = i + (size_t)k < n ? hexval(s[i + (size_t)k]) : -1;
                if (h < 0) {
                    if (bytes) parse_error(pc, loc, "(value error) invalid \\x escape at position %zu", i - 2);
                    else parse_error(pc, loc, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                     "position %zu-%zu: truncated \\%c%s escape", i - 2, i - 1 + (size_t)k, e,
                                     e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
                    return -1;
                }
                v = v * 16 + (uint32_t)h;
            }
            i += (size_t)want;
            if (v > 0x10FFFF) {
                parse_error(pc, loc, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            "%zu-%zu: illegal Unicode character", i - 10, i - 1);
                return -1;
            }
            if (bytes) out[o++] = (char)v;
            else o += put_utf8(out + o, v);
            break;
        }
        case 'N': {
            if (bytes) { out[o++] = '\\'; out[o++] = 'N'; break; }
            const char *close = i < n && s[i] == '{' ? memchr(s + i, '}', n - i) : NULL;
            long cp = close && close > s + i + 1 ? ucd_lookup(s + i + 1, (size_t)(close - s - i - 1)) : -1;
            if (cp < 0) {
                parse_error(pc, loc, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            "%zu-%zu: %s", i - 2, close ? (size_t)(close - s) : n - 1,
                            close ? "unknown Unicode character name" : "malformed \\N character escape");
                return -1;
            }
            o += put_utf8(out + o, (uint32_t)cp);
            i = (size_t)(close - s) + 1;
            break;
        }
        default:
            out[o++] = '\\';
            out[o++] = e;
            break;
        }
    }
    return (long)o;
}

/* ---- string tokens -------------------------------------------------------- */

typedef struct StrTok {
    const Tok *tok;
    bool raw, bytes, fmt, u;
    const char *body;           /* between the quotes */
    size_t len;
    size_t quote;               /* length of the opening quote: 1 or 3 */
} StrTok;

static void split_token(const Tok *t, StrTok *st)
{
    memset(st, 0, sizeof *st);
    st->tok = t;
    size_t i = 0;
    for (; t->text[i] != '\'' && t->text[i] != '"'; i++) {
        char c = (char)(t->text[i] | 0x20);
        if (c == 'r') st->raw = true;
        else if (c == 'b') st->bytes = true;
        else if (c == 'f') st->fmt = true;
        else if (c == 'u') st->u = true;
    }
    char q = t->text[i];
    st->quote = (i + 2 < t->len && t->text[i + 1] == q && t->text[i + 2] == q && t->len - i >= 6) ? 3 : 1;
    st->body = t->text + i + st->quote;
    st->len = t->len - i - 2 * st->quote;
}

/* Appends the decoded value of a literal piece to sb. */
static bool decode_piece(ParseCtx *pc, SrcLoc loc, const char *s, size_t n, bool raw, bool bytes, StrBuf *sb)
{
    if (raw || !memchr(s, '\\', n)) {
        sb_putn(sb, s, n);
        return true;
    }
    char *tmp = arena_alloc(pc->arena, n + 1);
    long len = decode_escapes(pc, loc, s, n, tmp, bytes);
    if (len < 0) return false;
    sb_putn(sb, tmp, (size_t)len);
    return true;
}

/* An f-string being assembled: finished parts plus the pending literal. */
typedef struct FBuilder {
    PList parts;
    StrBuf lit;
    bool have_lit;
    SrcLoc loc;
    bool u;
} FBuilder;

static AstExpr *str_const(ParseCtx *pc, SrcLoc loc, const char *s, size_t n, bool u)
{
    AstExpr *e = ast_new_expr(pc, AST_EXPR_Constant, loc);
    e->v.Constant.kind = AST_CONST_Str;
    e->v.Constant.u_prefix = u;
    e->v.Constant.v.s.data = arena_strndup(pc->arena, s ? s : "", n);
    e->v.Constant.v.s.len = n;
    return e;
}

static void fb_flush(ParseCtx *pc, FBuilder *fb)
{
    if (fb->have_lit && fb->lit.len > 0)
        fb->parts = pl_push(pc, fb->parts, str_const(pc, fb->loc, fb->lit.data, fb->lit.len, fb->u));
    fb->lit.len = 0;
    fb->have_lit = false;
}

static void fb_lit(FBuilder *fb, const char *s, size_t n)
{
    sb_putn(&fb->lit, s, n);
    fb->have_lit = true;
}

/* The position of p inside a token that starts at t->loc. */
static SrcLoc loc_in_token(const Tok *t, const char *p)
{
    SrcLoc loc = t->loc;
    for (const char *q = t->text; q < p; q++) {
        if (*q == '\n') { loc.line++; loc.col = 1; }
        else loc.col++;
    }
    return loc;
}

static bool fstring_body(ParseCtx *pc, const StrTok *st, const char **sp, const char *end, int lvl,
                         FBuilder *fb);

/* One replacement field, *sp at its '{' (CPython's fstring_find_expr). */
static bool fstring_field(ParseCtx *pc, const StrTok *st, const char **sp, const char *end, int lvl,
                          FBuilder *fb)
{
    const Tok *t = st->tok;
    const char *s = *sp + 1, *expr_start = s;
    if (lvl >= 2) {
        parse_error(pc, loc_in_token(t, *sp), "f-string: expressions nested too deeply");
        return false;
    }
    char stack[LEX_MAX_PAREN_DEPTH];
    int depth = 0, string_type = 0;
    char quote = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            parse_error(pc, loc_in_token(t, s), "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) { s += 2; quote = 0; string_type = 0; }
                } else {
                    quote = 0; string_type = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) { string_type = 3; s += 2; }
            else string_type = 1;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEX_MAX_PAREN_DEPTH) {
                parse_error(pc, loc_in_token(t, s), "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            parse_error(pc, loc_in_token(t, s), "f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') { s++; continue; }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                parse_error(pc, loc_in_token(t, s), "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                parse_error(pc, loc_in_token(t, s),
                            "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open);
                return false;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        parse_error(pc, loc_in_token(t, s), "f-string: unterminated string");
        return false;
    }
    if (depth) {
        parse_error(pc, loc_in_token(t, s), "f-string: unmatched '%c'", stack[depth - 1]);
        return false;
    }
    if (s >= end) goto expecting_brace;
    bool blank = true;
    for (const char *q = expr_start; q < expr_end; q++)
        if (!(*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) blank = false;
    if (blank) {
        parse_error(pc, loc_in_token(t, expr_end), "f-string: empty expression not allowed");
        return false;
    }
    AstExpr *value = parse_fstring_expr(pc, expr_start, (size_t)(expr_end - expr_start),
                                        loc_in_token(t, expr_start));
    if (!value) return false;

    bool self_doc = false;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r' || *s == '\v')) s++;
        if (s >= end) goto expecting_brace;
        fb_lit(fb, expr_start, (size_t)(s - expr_start));
        self_doc = true;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end) goto expecting_brace;
        conversion = (unsigned char)*s++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            parse_error(pc, loc_in_token(t, s - 1),
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    AstExpr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end) goto expecting_brace;
        FBuilder sub = { pl_empty(), {0}, false, fb->loc, fb->u };
        sb_init(&sub.lit);
        bool ok = fstring_body(pc, st, &s, end, lvl + 1, &sub);
        if (ok) {
            fb_flush(pc, &sub);
            spec = ast_new_expr(pc, AST_EXPR_JoinedStr, fb->loc);
            spec->v.JoinedStr.values = PL_LIST(pc, AstExprList, sub.parts);
        }
        sb_free(&sub.lit);
        if (!ok) return false;
    }
    if (s >= end || *s != '}') goto expecting_brace;
    s++;
    if (self_doc && !spec && conversion == -1) conversion = 'r';
    fb_flush(pc, fb);
    AstExpr *fv = ast_new_expr(pc, AST_EXPR_FormattedValue, fb->loc);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    fb->parts = pl_push(pc, fb->parts, fv);
    *sp = s;
    return true;
expecting_brace:
    parse_error(pc, loc_in_token(t, s < end ? s : end), "f-string: expecting '}'");
    return false;
}

/* Literal text and fields up to end (lvl 0) or the '}' closing a format
 * spec (lvl > 0) (CPython's fstring_find_literal + ConcatFstring). */
static bool fstring_body(ParseCtx *pc, const StrTok *st, const char **sp, const char *end, int lvl,
                         FBuilder *fb)
{
    const char *s = *sp;
    for (;;) {
        const char *lit = s;
        bool doubled = false;
        while (s < end) {
            char ch = *s++;
            if (!st->raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') { }
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && *s == ch) { doubled = true; break; }
                    if (ch == '}') {
                        parse_error(pc, loc_in_token(st->tok, s - 1), "f-string: single '}' is not allowed");
                        return false;
                    }
                }
                s--;
                break;
            }
        }
        if (s > lit && !decode_piece(pc, st->tok->loc, lit, (size_t)(s - lit), st->raw, false, &fb->lit))
            return false;
        if (s > lit) fb->have_lit = true;
        if (doubled) { s++; continue; }
        if (s >= end || *s == '}') break;
        if (!fstring_field(pc, st, &s, end, lvl, fb)) return false;
    }
    if (lvl > 0 && (s >= end || *s != '}')) {
        parse_error(pc, loc_in_token(st->tok, s), "f-string: expecting '}'");
        return false;
    }
    *sp = s;
    return true;
}

AstExpr *p_strings(ParseCtx *pc, PList toks)
{
    uint32_t n = toks.len;
    if (n == 0) return NULL;        /* the grammar never asks for that */
    StrTok stack_st[4];
    StrTok *st = n <= 4 ? stack_st : arena_alloc(pc->arena, n * sizeof *st);
    bool any_bytes = false, any_str = false, any_f = false;
    size_t total = 0;
    uint32_t i = 0;
    for (PNode *p = toks.head; p; p = p->next, i++) {
        split_token(p->item, &st[i]);
        any_bytes |= st[i].bytes;
        any_str |= !st[i].bytes;
        any_f |= st[i].fmt;
        total += st[i].len;
    }
    const Tok *first = st[0].tok;
    if (!any_bytes)
        for (i = 0; i < n; i++)
            if (!utf8_check(pc, st[i].tok->loc, st[i].tok->text, st[i].tok->len)) return NULL;
    if (any_bytes && any_str) {
        parse_error(pc, first->loc, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    AstExpr *e = ast_new_expr(pc, any_f ? AST_EXPR_JoinedStr : AST_EXPR_Constant, first->loc);
    if (any_bytes) {
        for (i = 0; i < n; i++)
            for (size_t k = 0; k < st[i].len; k++)
                if ((unsigned char)st[i].body[k] >= 0x80) {
                    parse_error(pc, st[i].tok->loc, "bytes can only contain ASCII literal characters");
                    return NULL;
                }
    }
    if (!any_f) {
        /* the common case: decode straight into the arena */
        char *out = arena_alloc(pc->arena, total + 1);
        size_t o = 0;
        for (i = 0; i < n; i++) {
            if (st[i].raw || !memchr(st[i].body, '\\', st[i].len)) {
                memcpy(out + o, st[i].body, st[i].len);
                o += st[i].len;
            } else {
                long len = decode_escapes(pc, st[i].tok->loc, st[i].body, st[i].len, out + o, any_bytes);
                if (len < 0) return NULL;
                o += (size_t)len;
            }
        }
        out[o] = '\0';
        AstConstant *c = &e->v.Constant;
        if (any_bytes) {
            c->kind = AST_CONST_Bytes;
            c->v.b.data = (const unsigned char *)out;
            c->v.b.len = o;
        } else {
            c->kind = AST_CONST_Str;
            c->u_prefix = st[0].u;
            c->v.s.data = out;
            c->v.s.len = o;
        }
        return e;
    }
    FBuilder fb = { pl_empty(), {0}, false, first->loc, st[0].u };
    sb_init(&fb.lit);
    bool ok = true;
    for (i = 0; i < n && ok; i++) {
        if (!st[i].fmt) {
            ok = decode_piece(pc, st[i].tok->loc, st[i].body, st[i].len, st[i].raw, false, &fb.lit);
            fb.have_lit = true;
            continue;
        }
        const char *s = st[i].body;
        ok = fstring_body(pc, &st[i], &s, st[i].body + st[i].len, 0, &fb);
    }
    if (ok) fb_flush(pc, &fb);
    sb_free(&fb.lit);
    if (!ok) return NULL;
    e->v.JoinedStr.values = PL_LIST(pc, AstExprList, fb.parts);
    return e;
}
