/* source.c — from a file's bytes to the lexer's buffer: BOM, PEP 263
 * coding cookie (transcoded with iconv), NUL bytes, UTF-8 checks, and
 * newline normalisation (\r\n and \r become \n, which keeps every line:col
 * unchanged).  The result is arena memory ending in two NULs. */
#include "frontend/parse_internal.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

static SrcLoc loc_of(ParseCtx *pc, const char *text, size_t off)
{
    SrcLoc loc = { pc->file, 1, 1 };
    size_t line_start = 0;
    for (size_t i = 0; i < off; i++)
        if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n')) {
            loc.line++;
            line_start = i + 1;
        }
    loc.col = (uint32_t)(off - line_start + 1);
    return loc;
}

/* Looks for "coding[:=]\s*([-\w.]+)" in a comment line (PEP 263). */
static bool find_cookie(const char *line, size_t n, char *name, size_t cap)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    if (i >= n || line[i] != '#') return false;
    for (; i + 6 < n; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t j = i + 7, k = 0;
        while (j < n && (line[j] == ' ' || line[j] == '\t')) j++;
        while (j < n && k + 1 < cap &&
               (isalnum((unsigned char)line[j]) || line[j] == '-' || line[j] == '_' || line[j] == '.'))
            name[k++] = line[j++];
        name[k] = '\0';
        if (k > 0) return true;
    }
    return false;
}

static bool blank_or_comment(const char *line, size_t n)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
    return i == n || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

/* CPython's get_normal_name: utf-8 and latin-1 spellings. */
static const char *normal_name(const char *s)
{
    char low[64];
    size_t i = 0;
    for (; s[i] && i + 1 < sizeof low; i++) low[i] = s[i] == '_' ? '-' : (char)tolower((unsigned char)s[i]);
    low[i] = '\0';
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0)
        return "utf-8";
    if (strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 || strcmp(low, "iso-latin-1") == 0 ||
        strncmp(low, "latin-1-", 8) == 0 || strncmp(low, "iso-8859-1-", 11) == 0 ||
        strncmp(low, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return s;
}

static char *transcode(ParseCtx *pc, const char *enc, const char *raw, size_t len, size_t *out_len)
{
    iconv_t cd = iconv_open("UTF-8", enc);
    if (cd == (iconv_t)-1) {
        /* Python spellings glibc does not know: drop the separators */
        char alt[64];
        size_t k = 0;
        for (const char *p = enc; *p && k + 1 < sizeof alt; p++)
            if (*p != '-' && *p != '_') alt[k++] = *p;
        alt[k] = '\0';
        cd = iconv_open("UTF-8", alt);
    }
    if (cd == (iconv_t)-1) {
        parse_error(pc, (SrcLoc){pc->file, 1, 1}, "unknown encoding: %s", enc);
        return NULL;
    }
    size_t cap = len * 4 + 16;
    char *out = xmalloc(cap);
    char *in = (char *)raw, *o = out;
    size_t inleft = len, outleft = cap;
    size_t r = iconv(cd, &in, &inleft, &o, &outleft);
    int err = errno;
    iconv_close(cd);
    if (r == (size_t)-1) {
        parse_error(pc, loc_of(pc, raw, (size_t)(in - raw)),
                    "(unicode error) '%s' codec can't decode byte 0x%02x: %s", enc,
                    (unsigned char)*in, err == EILSEQ ? "invalid byte sequence" : "truncated data");
        free(out);
        return NULL;
    }
    *out_len = cap - outleft;
    return out;
}

char *source_decode(ParseCtx *pc, const char *raw, size_t len, size_t *out_len)
{
    bool bom = len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0;
    if (bom) { raw += 3; len -= 3; }

    /* NUL bytes first: CPython refuses them before decoding anything */
    const char *nul = memchr(raw, '\0', len);
    if (nul) {
        parse_error(pc, loc_of(pc, raw, (size_t)(nul - raw)), "source code cannot contain null bytes");
        return NULL;
    }

    /* the coding cookie, on line 1, or on line 2 after a comment or blank line 1 */
    char enc[64] = "";
    const char *l1 = raw, *e1 = memchr(raw, '\n', len);
    size_t n1 = e1 ? (size_t)(e1 - l1) : len;
    bool have = find_cookie(l1, n1, enc, sizeof enc);
    if (!have && e1 && blank_or_comment(l1, n1)) {
        const char *l2 = e1 + 1, *e2 = memchr(l2, '\n', len - (size_t)(l2 - raw));
        have = find_cookie(l2, e2 ? (size_t)(e2 - l2) : len - (size_t)(l2 - raw), enc, sizeof enc);
    }
    const char *text = raw;
    size_t tlen = len;
    char *converted = NULL;
    if (have) {
        const char *norm = normal_name(enc);
        if (bom && strcmp(norm, "utf-8") != 0) {
            parse_error(pc, (SrcLoc){pc->file, 1, 1}, "encoding problem: %s with BOM", enc);
            return NULL;
        }
        if (strcmp(norm, "utf-8") != 0 && strcasecmp(norm, "utf8") != 0) {
            converted = transcode(pc, norm, raw, len, &tlen);
            if (!converted) return NULL;
            text = converted;
        }
    }

    char *out = arena_alloc(pc->arena, tlen + 2);
    const unsigned char *s = (const unsigned char *)text, *end = s + tlen;
    size_t o = 0;
    while (s < end) {
        const unsigned char *run = s;
        /* plain ASCII without \r, eight bytes at a time */
        const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        while (end - s >= 8) {
            uint64_t w, cr;
            memcpy(&w, s, 8);
            cr = w ^ (ones * '\r');
            if ((w & highs) || ((cr - ones) & ~cr & highs)) break;
            s += 8;
        }
        while (s < end && *s < 0x80 && *s != '\r') s++;
        memcpy(out + o, run, (size_t)(s - run));
        o += (size_t)(s - run);
        if (s >= end) break;
        unsigned char c = *s;
        if (c == '\r') {
            out[o++] = '\n';
            s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
            continue;
        }
        /* other bytes are copied as they are: like CPython's ast.parse, UTF-8 is
         * checked where it matters (identifiers and string literals, lexer.l
         * and strings.c), so that a stray byte in a comment is harmless */
        out[o++] = (char)c;
        s++;
    }
    out[o] = out[o + 1] = '\0';
    free(converted);
    *out_len = o;
    return out;
}

bool utf8_check(ParseCtx *pc, SrcLoc loc, const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text, *end = s + n;
    for (const unsigned char *p = s; p < end;) {
        if (*p < 0x80) { p++; continue; }
        size_t k = utf8_seq_len(p, end);
        if (k == 0) {
            SrcLoc at = loc_of(pc, text, (size_t)(p - s));
            if (at.line == 1) at.col += loc.col - 1;
            at.line += loc.line - 1;
            parse_error(pc, at, "(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid utf-8", *p);
            return false;
        }
        p += k;
    }
    return true;
}
