/* parse.c — reads the text form that print.c writes (grammar in print.c).
 * A hand-written lexer and recursive-descent parser.  Every malformed input
 * gets a file:line:col diagnostic through diag; nothing here exits, aborts
 * or uses a fixed-size buffer.  Values and blocks may be used before they
 * are defined (loops): operand slots first hold indices into per-function
 * name tables and are resolved when the function's '}' is read. */
#include "ir/ir_impl.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_TYPE_DEPTH = 1000 };            /* deeper type nesting is an error, not a stack overflow */

typedef enum TokKind { T_EOF, T_IDENT, T_SYM, T_STRING, T_NUMBER, T_PUNCT } TokKind;

typedef struct Token {
    TokKind kind;
    const char *text;        /* T_SYM: after the '@'; T_STRING: the opening quote */
    size_t len;
    SrcLoc loc;
} Token;

/* A name of the text form (vN or blockN) within one function. */
typedef struct NameEntry {
    uint32_t num;            /* the N */
    uint32_t id;             /* ValueId / BlockId once defined, else IR_NONE_ID */
    SrcLoc first_use;
} NameEntry;

typedef struct NameTable {
    VEC(NameEntry) entries;
    IrIndex index;           /* hash of num -> entry index */
} NameTable;

typedef struct CallFixup { FuncId func; InstId inst; StrId callee; SrcLoc loc; } CallFixup;

typedef struct Parser {
    DiagEngine *diag;
    uint32_t file;
    const char *src;
    size_t len, pos, line_start;
    uint32_t line;
    Token tok;               /* the current token */
    SrcLoc op_loc;           /* the mnemonic of the instruction being read */
    bool failed;
    IrModule *m;
    VEC(uint32_t) global_of; /* StrId -> GlobalId, IR_NONE_ID if none */
    VEC(uint32_t) func_of;   /* StrId -> FuncId */
    VEC(CallFixup) calls;
    /* per function */
    FuncId fid;
    NameTable values, blocks;
    VEC(uint32_t) scratch;
    StrBuf text;
} Parser;

static IrFunc *fn(Parser *p) { return &p->m->funcs.data[p->fid.id]; }

static void error_at(Parser *p, SrcLoc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error_at(Parser *p, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(p->diag, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
    p->failed = true;
}

/* ---- lexer ------------------------------------------------------------------ */

static bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool digit(char c) { return c >= '0' && c <= '9'; }
static bool ident_char(char c) { return ident_start(c) || digit(c) || c == '.'; }

static SrcLoc here(const Parser *p)
{
    return (SrcLoc){p->file, p->line, (uint32_t)(p->pos - p->line_start + 1)};
}

static char peekc(const Parser *p, size_t ahead)
{
    return p->pos + ahead < p->len ? p->src[p->pos + ahead] : '\0';
}

static void skip_space(Parser *p)
{
    while (p->pos < p->len) {
        char c = p->src[p->pos];
        if (c == ';') {
            while (p->pos < p->len && p->src[p->pos] != '\n') p->pos++;
        } else if (c == '\n') {
            p->pos++;
            p->line++;
            p->line_start = p->pos;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            p->pos++;
        } else {
            break;
        }
    }
}

/* Scans a "..." literal starting at the quote; the escapes are checked when
 * the literal is decoded. */
static bool scan_string(Parser *p)
{
    SrcLoc start = here(p);
    p->pos++;
    while (p->pos < p->len && p->src[p->pos] != '"' && p->src[p->pos] != '\n') {
        if (p->src[p->pos] == '\\' && p->pos + 1 < p->len && p->src[p->pos + 1] != '\n') p->pos++;
        p->pos++;
    }
    if (p->pos >= p->len || p->src[p->pos] != '"') {
        error_at(p, start, "unterminated string literal");
        return false;
    }
    p->pos++;
    return true;
}

/* number := '-'? (DIGITS ['.' DIGITS*] [('e'|'E') ['+'|'-'] DIGITS] | 'inf') */
static bool scan_number(Parser *p)
{
    SrcLoc start = here(p);
    if (peekc(p, 0) == '-') p->pos++;
    if (peekc(p, 0) == 'i') {
        while (ident_char(peekc(p, 0))) p->pos++;
    } else {
        while (digit(peekc(p, 0))) p->pos++;
        if (peekc(p, 0) == '.') {
            p->pos++;
            while (digit(peekc(p, 0))) p->pos++;
        }
        if ((peekc(p, 0) == 'e' || peekc(p, 0) == 'E') &&
            (digit(peekc(p, 1)) || ((peekc(p, 1) == '+' || peekc(p, 1) == '-') && digit(peekc(p, 2))))) {
            p->pos += 2;
            while (digit(peekc(p, 0))) p->pos++;
        }
    }
    if (ident_char(peekc(p, 0))) {
        while (ident_char(peekc(p, 0))) p->pos++;
        error_at(p, start, "malformed number '%.*s'", (int)(p->pos - (p->line_start + start.col - 1)),
                 p->src + p->line_start + start.col - 1);
        return false;
    }
    return true;
}

static void next(Parser *p)
{
    if (p->failed) return;
    skip_space(p);
    Token t = {T_EOF, p->src + p->pos, 0, here(p)};
    char c = peekc(p, 0);
    size_t start = p->pos;
    if (p->pos >= p->len) {
        t.kind = T_EOF;
    } else if (ident_start(c)) {
        while (ident_char(peekc(p, 0))) p->pos++;
        t.kind = T_IDENT;
    } else if (c == '?') {                    /* the type `?`: a word of its own */
        p->pos++;
        t.kind = T_IDENT;
    } else if (c == '@') {
        p->pos++;
        t.kind = T_SYM;
        t.text++;
        if (peekc(p, 0) == '"') {
            if (!scan_string(p)) return;
        } else {
            while (ident_char(peekc(p, 0))) p->pos++;
            if (p->pos == start + 1) {
                error_at(p, t.loc, "expected a name after '@'");
                return;
            }
        }
    } else if (c == '"') {
        if (!scan_string(p)) return;
        t.kind = T_STRING;
    } else if (digit(c) || (c == '-' && (digit(peekc(p, 1)) || peekc(p, 1) == 'i'))) {
        if (!scan_number(p)) return;
        t.kind = T_NUMBER;
    } else if (c == '-' && peekc(p, 1) == '>') {
        p->pos += 2;
        t.kind = T_PUNCT;
    } else if (c == '.' && peekc(p, 1) == '.' && peekc(p, 2) == '.') {   /* tuple[int,...] */
        p->pos += 3;
        t.kind = T_PUNCT;
    } else if (strchr("()[]{},:=!", c)) {
        p->pos++;
        t.kind = T_PUNCT;
    } else {
        unsigned char u = (unsigned char)c;
        if (u >= 0x21 && u < 0x7f) error_at(p, t.loc, "unexpected character '%c'", c);
        else error_at(p, t.loc, "unexpected byte 0x%02x", u);
        return;
    }
    t.len = p->pos - start - (t.kind == T_SYM);
    p->tok = t;
}

/* ---- token tests ------------------------------------------------------------ */

static bool is_punct(const Parser *p, const char *s)
{
    return p->tok.kind == T_PUNCT && p->tok.len == strlen(s) && memcmp(p->tok.text, s, p->tok.len) == 0;
}

static bool is_word(const Parser *p, const char *s)
{
    return p->tok.kind == T_IDENT && p->tok.len == strlen(s) && memcmp(p->tok.text, s, p->tok.len) == 0;
}

/* What the current token is, for "expected X, found Y" messages. */
static void describe(const Parser *p, StrBuf *out)
{
    if (p->tok.kind == T_EOF) {
        sb_puts(out, "end of file");
        return;
    }
    size_t n = p->tok.len + (p->tok.kind == T_SYM);
    const char *s = p->tok.text - (p->tok.kind == T_SYM);
    sb_putc(out, '\'');
    sb_putn(out, s, n > 40 ? 40 : n);
    sb_puts(out, n > 40 ? "...'" : "'");
}

static bool expected(Parser *p, const char *what)
{
    StrBuf found;
    sb_init(&found);
    describe(p, &found);
    error_at(p, p->tok.loc, "expected %s, found %s", what, found.data);
    sb_free(&found);
    return false;
}

static bool accept(Parser *p, const char *punct)
{
    if (!is_punct(p, punct)) return false;
    next(p);
    return !p->failed;
}

static bool expect(Parser *p, const char *punct)
{
    if (p->failed) return false;
    if (accept(p, punct)) return true;
    if (p->failed) return false;
    StrBuf what;
    sb_init(&what);
    sb_printf(&what, "'%s'", punct);
    expected(p, what.data);
    sb_free(&what);
    return false;
}

/* ---- literals ---------------------------------------------------------------- */

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void put_utf8(StrBuf *out, uint32_t cp)
{
    if (cp < 0x80) {
        sb_putc(out, (char)cp);
    } else if (cp < 0x800) {
        sb_putc(out, (char)(0xC0 | (cp >> 6)));
        sb_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        sb_putc(out, (char)(0xE0 | (cp >> 12)));
        sb_putc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else {
        sb_putc(out, (char)(0xF0 | (cp >> 18)));
        sb_putc(out, (char)(0x80 | ((cp >> 12) & 0x3F)));
        sb_putc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_putc(out, (char)(0x80 | (cp & 0x3F)));
    }
}

/* Decodes the quoted literal at tok.text into p->text (reset first). */
static bool decode_string(Parser *p, const Token *t)
{
    p->text.len = 0;
    sb_putn(&p->text, "", 0);
    const char *s = t->text + 1, *end = t->text + t->len - 1;
    while (s < end) {
        if (*s != '\\') {
            sb_putc(&p->text, *s++);
            continue;
        }
        SrcLoc at = {p->file, t->loc.line, t->loc.col + (uint32_t)(s - t->text) + (t->kind == T_SYM)};
        char e = s[1];
        s += 2;
        static const char simple[] = "\\\\\"\"''n\nt\tr\r0\0a\ab\bf\fv\v";
        const char *hit = NULL;
        for (size_t k = 0; k + 1 < sizeof simple; k += 2)
            if (simple[k] == e) hit = &simple[k + 1];
        if (hit) {
            sb_putc(&p->text, *hit);
            continue;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (!digits) {
            error_at(p, at, "unknown escape sequence '\\%c'", e);
            return false;
        }
        uint32_t cp = 0;
        for (int k = 0; k < digits; k++, s++) {
            int h = s < end ? hex_value(*s) : -1;
            if (h < 0) {
                error_at(p, at, "'\\%c' needs %d hex digits", e, digits);
                return false;
            }
            cp = cp * 16 + (uint32_t)h;
        }
        if (e == 'x') {
            sb_putc(&p->text, (char)cp);
        } else if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            error_at(p, at, "'\\%c' escape is not a valid code point", e);
            return false;
        } else {
            put_utf8(&p->text, cp);
        }
    }
    return true;
}

/* A STRING token, interned. */
static bool parse_string(Parser *p, StrId *out)
{
    if (p->tok.kind != T_STRING) return expected(p, "a string literal");
    if (!decode_string(p, &p->tok)) return false;
    *out = ir_intern(p->m, p->text.data, p->text.len);
    next(p);
    return !p->failed;
}

/* '@' name or '@' STRING, interned. */
static bool parse_symbol(Parser *p, StrId *out, SrcLoc *loc)
{
    if (p->tok.kind != T_SYM) return expected(p, "a '@name'");
    *loc = p->tok.loc;
    if (p->tok.text[0] == '"') {
        if (!decode_string(p, &p->tok)) return false;
        *out = ir_intern(p->m, p->text.data, p->text.len);
    } else {
        *out = ir_intern(p->m, p->tok.text, p->tok.len);
    }
    next(p);
    return !p->failed;
}

/* Copies the current token's text, NUL-terminated, into p->text. */
static const char *token_cstr(Parser *p)
{
    p->text.len = 0;
    sb_putn(&p->text, p->tok.text, p->tok.len);
    return p->text.data;
}

static bool parse_int(Parser *p, int64_t *out)
{
    if (p->tok.kind != T_NUMBER || memchr(p->tok.text, '.', p->tok.len) ||
        strpbrk(token_cstr(p), "eEi"))
        return expected(p, "an integer");
    errno = 0;
    long long v = strtoll(token_cstr(p), NULL, 10);
    if (errno == ERANGE) {
        error_at(p, p->tok.loc, "integer %s does not fit in 64 bits", p->text.data);
        return false;
    }
    *out = v;
    next(p);
    return !p->failed;
}

static bool parse_uint32(Parser *p, uint32_t *out, const char *what)
{
    SrcLoc loc = p->tok.loc;
    int64_t v = 0;
    if (!parse_int(p, &v)) return false;
    if (v < 0 || v > (int64_t)UINT32_MAX - 2) {
        error_at(p, loc, "%s %" PRId64 " is out of range", what, v);
        return false;
    }
    *out = (uint32_t)v;
    return true;
}

/* A float: any number, or inf / nan (the lexer reads '-inf' as a number). */
static bool parse_float(Parser *p, double *out)
{
    if (is_word(p, "inf") || is_word(p, "nan")) {
        *out = p->tok.text[0] == 'i' ? INFINITY : NAN;
    } else if (p->tok.kind == T_NUMBER) {
        const char *s = token_cstr(p);
        if (strcmp(s, "-inf") == 0) *out = -INFINITY;
        else if (strchr(s, 'i')) return expected(p, "a float");
        else *out = strtod(s, NULL);         /* overflow gives inf, as Python's float() */
    } else {
        return expected(p, "a float");
    }
    next(p);
    return !p->failed;
}

static bool parse_bool(Parser *p, uint64_t *out)
{
    if (!is_word(p, "true") && !is_word(p, "false")) return expected(p, "'true' or 'false'");
    *out = p->tok.text[0] == 't';
    next(p);
    return !p->failed;
}

/* '!' LINE ':' COL, when present. */
static bool parse_loc(Parser *p, SrcLoc *loc)
{
    *loc = (SrcLoc){0, 0, 0};
    if (!is_punct(p, "!")) return true;
    next(p);
    return parse_uint32(p, &loc->line, "line") && expect(p, ":") &&
           parse_uint32(p, &loc->col, "column");
}

/* ---- types --------------------------------------------------------------------- */

typedef VEC(TypeId) TypeVec;
static bool parse_type(Parser *p, TypeId *out, int depth);

/* type (',' type)* up to the closing punctuation, which is consumed.  With
 * ellipsis, a last ',...' sets *ellipsis (tuple[int,...]). */
static bool parse_type_list(Parser *p, const char *close, int depth, TypeVec *out, bool *ellipsis)
{
    if (accept(p, close)) return true;
    do {
        if (ellipsis && out->len && accept(p, "...")) {
            *ellipsis = true;
            break;
        }
        TypeId t;
        if (!parse_type(p, &t, depth)) return false;
        vec_push(out, t);
    } while (accept(p, ","));
    return expect(p, close);
}

static bool parse_type(Parser *p, TypeId *out, int depth)
{
    static const struct { const char *text; int nparams; } kinds[] = {
#define X(kind, text, nparams) {text, nparams},
        IR_TYPE_KINDS(X)
#undef X
    };
    if (depth > MAX_TYPE_DEPTH) {
        error_at(p, p->tok.loc, "type nested more than %d deep", MAX_TYPE_DEPTH);
        return false;
    }
    if (p->tok.kind != T_IDENT) return expected(p, "a type");
    SrcLoc loc = p->tok.loc;
    uint32_t kind = 0;
    while (kind < TY_KIND_COUNT && !is_word(p, kinds[kind].text)) kind++;
    if (kind == TY_KIND_COUNT) {
        StrBuf found;
        sb_init(&found);
        describe(p, &found);
        error_at(p, loc, "unknown type %s", found.data);
        sb_free(&found);
        return false;
    }
    next(p);
    if (kinds[kind].nparams == 0) {
        *out = (TypeId){kind};
        return !p->failed;
    }
    TypeVec params = {0};
    bool ok;
    if (kind == TY_FUNC) {
        TypeId ret;
        ok = expect(p, "(") && parse_type_list(p, ")", depth + 1, &params, NULL) &&
             expect(p, "->") && parse_type(p, &ret, depth + 1);
        if (ok) vec_push(&params, ret);
    } else {
        bool ellipsis = false;
        ok = expect(p, "[") && parse_type_list(p, "]", depth + 1, &params, kind == TY_TUPLE ? &ellipsis : NULL);
        if (ok && ellipsis && params.len != 1) {
            error_at(p, loc, "'tuple[T,...]' takes one type parameter, not %" PRIu32, params.len);
            ok = false;
        }
        if (ellipsis) kind = TY_VARTUPLE;
        if (ok && kinds[kind].nparams > 0 && params.len != (uint32_t)kinds[kind].nparams) {
            error_at(p, loc, "'%s' takes %d type parameter%s, not %" PRIu32, kinds[kind].text,
                     kinds[kind].nparams, kinds[kind].nparams == 1 ? "" : "s", params.len);
            ok = false;
        }
    }
    if (ok) *out = ir_type_get(p->m, (TypeKind)kind, params.data, params.len);
    vec_free(&params);
    return ok;
}

/* ---- per-function name tables ----------------------------------------------------- */

typedef struct NumKey { const NameTable *t; uint32_t num; } NumKey;

static bool num_eq(const void *ctx, uint32_t id)
{
    const NumKey *k = ctx;
    return k->t->entries.data[id].num == k->num;
}

/* The entry for N, created on first sight. */
static uint32_t name_entry(NameTable *t, uint32_t num, SrcLoc loc)
{
    NumKey key = {t, num};
    uint32_t hash = irx_hash(&num, sizeof num, 0);
    uint32_t e = irx_index_find(&t->index, hash, num_eq, &key);
    if (e != IR_NONE_ID) return e;
    NameEntry entry = {num, IR_NONE_ID, loc};
    vec_push(&t->entries, entry);
    irx_index_insert(&t->index, hash, t->entries.len - 1);
    return t->entries.len - 1;
}

static void names_reset(NameTable *t)
{
    vec_free(&t->entries);
    irx_index_free(&t->index);
}

/* Whether the current token is PREFIX followed by digits only. */
static bool is_numbered(const Parser *p, const char *prefix)
{
    size_t n = strlen(prefix);
    if (p->tok.kind != T_IDENT || p->tok.len <= n || memcmp(p->tok.text, prefix, n) != 0) return false;
    for (size_t i = n; i < p->tok.len; i++)
        if (!digit(p->tok.text[i])) return false;
    return true;
}

/* vN or blockN -> the table entry for N. */
static bool parse_name(Parser *p, const char *prefix, NameTable *t, uint32_t *entry)
{
    if (!is_numbered(p, prefix))
        return expected(p, prefix[0] == 'v' ? "a value (vN)" : "a block (blockN)");
    uint64_t num = 0;
    for (size_t i = strlen(prefix); i < p->tok.len && num <= UINT32_MAX; i++)
        num = num * 10 + (uint64_t)(p->tok.text[i] - '0');
    if (num > UINT32_MAX - 2) {
        error_at(p, p->tok.loc, "%s number too large", prefix[0] == 'v' ? "value" : "block");
        return false;
    }
    *entry = name_entry(t, (uint32_t)num, p->tok.loc);
    next(p);
    return !p->failed;
}

static bool parse_value_ref(Parser *p, uint32_t *entry) { return parse_name(p, "v", &p->values, entry); }

/* VALUE (',' VALUE)* into p->scratch (appended). */
static bool parse_value_list(Parser *p)
{
    do {
        uint32_t e;
        if (!parse_value_ref(p, &e)) return false;
        vec_push(&p->scratch, e);
    } while (accept(p, ","));
    return !p->failed;
}

/* Exactly n operands VALUE (',' VALUE)* of op, into p->scratch. */
static bool parse_fixed_values(Parser *p, IrOp op, int n)
{
    for (int k = 0; k < n; k++) {
        uint32_t e;
        if (k > 0 && !is_punct(p, ",")) break;
        if (k > 0) next(p);
        if (!parse_value_ref(p, &e)) return false;
        vec_push(&p->scratch, e);
    }
    if ((int)p->scratch.len == n && !is_punct(p, ",")) return !p->failed;
    error_at(p, p->op_loc, "'%s' takes %d operand%s", ir_op_name(op), n, n == 1 ? "" : "s");
    return false;
}

/* Whether the current vN token is an operand rather than the start of the
 * next instruction ("vN:" or "vN \"name\":"): the text form is not
 * line-based, so an op with a variable operand count needs this look-ahead. */
static bool value_is_operand(Parser *p)
{
    if (!is_numbered(p, "v")) return false;
    Parser saved = *p;
    next(p);
    bool operand = !p->failed && !is_punct(p, ":") && p->tok.kind != T_STRING;
    p->pos = saved.pos;
    p->line = saved.line;
    p->line_start = saved.line_start;
    p->tok = saved.tok;
    return operand;
}

/* Marks the value named by entry e as defined by value v. */
static bool define_value(Parser *p, uint32_t e, SrcLoc loc, ValueId v)
{
    NameEntry *ent = &p->values.entries.data[e];
    if (ir_valid(ent->id)) {
        error_at(p, loc, "redefinition of v%" PRIu32, ent->num);
        return false;
    }
    ent->id = v.id;
    return true;
}

/* ---- instructions ---------------------------------------------------------------- */

/* edge := BLOCK ['(' values ')'], appended to extra[] as target, n, args. */
static bool parse_edge(Parser *p)
{
    uint32_t target;
    if (!parse_name(p, "block", &p->blocks, &target)) return false;
    p->scratch.len = 0;
    if (accept(p, "(") && !(parse_value_list(p) && expect(p, ")"))) return false;
    IrFunc *f = fn(p);
    vec_push(&f->extra, target);
    vec_push(&f->extra, p->scratch.len);
    for (uint32_t i = 0; i < p->scratch.len; i++) vec_push(&f->extra, p->scratch.data[i]);
    return !p->failed;
}

/* br / condbr / iter.next operands, straight into extra[]; returns the start. */
static bool parse_branch(Parser *p, IrOp op, uint32_t *start)
{
    *start = fn(p)->extra.len;
    if (op != IR_BR) {
        uint32_t e;
        if (!parse_value_ref(p, &e)) return false;
        vec_push(&fn(p)->extra, e);
        if (!expect(p, ",")) return false;
    }
    if (!parse_edge(p)) return false;
    return op == IR_BR || (expect(p, ",") && parse_edge(p));
}

/* print [values ','] 'sep=' VALUE ',' 'end=' VALUE, into p->scratch. */
static bool parse_print_args(Parser *p)
{
    while (!is_word(p, "sep")) {
        uint32_t e;
        if (!parse_value_ref(p, &e)) return false;
        vec_push(&p->scratch, e);
        if (!accept(p, ",")) return !p->failed && expected(p, "', sep=VALUE, end=VALUE'");
    }
    uint32_t sep, end;
    next(p);
    if (!expect(p, "=") || !parse_value_ref(p, &sep) || !expect(p, ",")) return false;
    if (!is_word(p, "end")) return expected(p, "'end='");
    next(p);
    if (!expect(p, "=") || !parse_value_ref(p, &end)) return false;
    vec_push(&p->scratch, sep);
    vec_push(&p->scratch, end);
    return true;
}

/* A constant literal of this kind; numbers go to the module's pools and
 * *out is their index (bools 0/1, strings their StrId). */
static bool parse_literal(Parser *p, ImmKind kind, uint64_t *out)
{
    IrModule *m = p->m;
    switch (kind) {
    case IMM_INT: {
        int64_t v = 0;
        if (!parse_int(p, &v)) return false;
        vec_push(&m->ints, v);
        *out = m->ints.len - 1;
        return true;
    }
    case IMM_FLOAT: {
        double v = 0.0;
        if (!parse_float(p, &v)) return false;
        vec_push(&m->floats, v);
        *out = m->floats.len - 1;
        return true;
    }
    case IMM_BOOL: return parse_bool(p, out);
    case IMM_STR: {
        StrId s;
        if (!parse_string(p, &s)) return false;
        *out = s.id;
        return true;
    }
    default:                                   /* None */
        if (!is_word(p, "None")) return expected(p, "'None'");
        next(p);
        return !p->failed;
    }
}

/* The operands of op (the mirror image of print_body in print.c): value
 * entries into p->scratch, the immediate into *imm. */
static bool parse_body(Parser *p, IrOp op, uint64_t *imm, uint32_t *callee_name, SrcLoc *callee_loc)
{
    IrModule *m = p->m;
    ImmKind kind = ir_op_imm(op);
    switch (kind) {
    case IMM_INT:
    case IMM_FLOAT:
    case IMM_BOOL:
    case IMM_STR:                          /* const.str "s" | py.method "name" v1, v2 */
        if (!parse_literal(p, kind, imm)) return false;
        if (op == IR_CONST_STR) return true;
        if (ir_op_nargs(op) != IR_VARIADIC) return parse_fixed_values(p, op, ir_op_nargs(op));
        return !value_is_operand(p) || parse_value_list(p);
    case IMM_PRED: {
        IrPred pred = p->tok.kind == T_IDENT ? ir_pred_lookup(p->tok.text, p->tok.len) : IR_PRED_COUNT;
        if (pred == IR_PRED_COUNT) return expected(p, "a comparison predicate (eq, ne, lt, le, gt, ge, is, is_not)");
        *imm = pred;
        next(p);
        return parse_fixed_values(p, op, ir_op_nargs(op));
    }
    case IMM_BINOP: {
        IrBinop b = p->tok.kind == T_IDENT ? ir_binop_lookup(p->tok.text, p->tok.len) : IR_BINOP_COUNT;
        if (b == IR_BINOP_COUNT)
            return expected(p, "a binary operator (add, sub, mul, truediv, floordiv, mod, pow, lshift, "
                               "rshift, bitand, bitor, bitxor)");
        *imm = b;
        next(p);
        return parse_fixed_values(p, op, ir_op_nargs(op));
    }
    case IMM_UNOP: {
        IrUnop u = p->tok.kind == T_IDENT ? ir_unop_lookup(p->tok.text, p->tok.len) : IR_UNOP_COUNT;
        if (u == IR_UNOP_COUNT) return expected(p, "a unary operator (neg, pos, invert)");
        *imm = u;
        next(p);
        return parse_fixed_values(p, op, ir_op_nargs(op));
    }
    case IMM_GLOBAL: {
        StrId name;
        SrcLoc loc;
        if (!parse_symbol(p, &name, &loc)) return false;
        uint32_t g = name.id < p->global_of.len ? p->global_of.data[name.id] : IR_NONE_ID;
        if (g == IR_NONE_ID) {
            error_at(p, loc, "use of undeclared global @%s", ir_str(m, name));
            return false;
        }
        *imm = g;
        return ir_op_nargs(op) == 0 || (expect(p, ",") && parse_fixed_values(p, op, ir_op_nargs(op)));
    }
    case IMM_FUNC:
    case IMM_BUILTIN:
        if (kind == IMM_FUNC) {
            StrId name;
            if (!parse_symbol(p, &name, callee_loc)) return false;
            *callee_name = name.id;
        } else {
            IrBuiltin bi = p->tok.kind == T_IDENT ? ir_builtin_lookup(p->tok.text, p->tok.len) : IR_BI_COUNT;
            if (bi == IR_BI_COUNT) return expected(p, "the name of a builtin");
            *imm = bi;
            next(p);
        }
        if (!expect(p, "(")) return false;
        return accept(p, ")") || (parse_value_list(p) && expect(p, ")"));
    case IMM_INDEX: {
        uint32_t e, index;
        if (!parse_value_ref(p, &e) || !expect(p, ",") || !parse_uint32(p, &index, "index")) return false;
        vec_push(&p->scratch, e);
        *imm = index;
        return true;
    }
    case IMM_NONE: break;
    }
    if (op == IR_PRINT) return parse_print_args(p);
    if (ir_op_nargs(op) != IR_VARIADIC) return parse_fixed_values(p, op, ir_op_nargs(op));
    return !value_is_operand(p) || parse_value_list(p);
}

/* inst := [VALUE [STRING] ':' type '='] OP operands [loc] */
static bool parse_inst(Parser *p, BlockId blk)
{
    uint32_t def = IR_NONE_ID;
    SrcLoc def_loc = p->tok.loc;
    TypeId type = {IR_NONE_ID};
    StrId name = {IR_NONE_ID};
    if (is_numbered(p, "v")) {
        if (!parse_value_ref(p, &def)) return false;
        if (p->tok.kind == T_STRING && !parse_string(p, &name)) return false;
        if (!expect(p, ":") || !parse_type(p, &type, 0) || !expect(p, "=")) return false;
    }
    SrcLoc op_loc = p->op_loc = p->tok.loc;
    if (p->tok.kind != T_IDENT) return expected(p, "an instruction");
    IrOp op = ir_op_lookup(p->tok.text, p->tok.len);
    if (op == IR_OP_COUNT) {
        error_at(p, op_loc, "unknown instruction '%.*s'", (int)p->tok.len, p->tok.text);
        return false;
    }
    if (ir_op_has_result(op) && def == IR_NONE_ID) {
        error_at(p, op_loc, "'%s' yields a value: write 'vN: TYPE = %s ...'", ir_op_name(op), ir_op_name(op));
        return false;
    }
    if (!ir_op_has_result(op) && def != IR_NONE_ID) {
        error_at(p, def_loc, "'%s' yields no value to name", ir_op_name(op));
        return false;
    }
    next(p);
    if (p->failed) return false;

    uint64_t imm = 0;
    uint32_t callee = IR_NONE_ID, a0 = 0, a1 = 0;
    SrcLoc callee_loc = op_loc;
    p->scratch.len = 0;
    bool branch = op == IR_BR || op == IR_CONDBR || op == IR_ITER_NEXT;
    if (branch) {
        if (!parse_branch(p, op, &a0)) return false;
        a1 = fn(p)->extra.len - a0;
    } else if (!parse_body(p, op, &imm, &callee, &callee_loc)) {
        return false;
    }
    SrcLoc loc;
    if (!parse_loc(p, &loc)) return false;

    IrFunc *f = fn(p);
    uint32_t n = p->scratch.len;
    int want = ir_op_nargs(op);
    if (!branch && want != IR_VARIADIC && (uint32_t)want != n) {
        error_at(p, op_loc, "'%s' takes %d operand%s, not %" PRIu32, ir_op_name(op), want,
                 want == 1 ? "" : "s", n);
        return false;
    }
    if (!branch && irx_op_in_extra(op)) {
        a0 = f->extra.len;
        a1 = n;
        for (uint32_t i = 0; i < n; i++) vec_push(&f->extra, p->scratch.data[i]);
    } else if (!branch) {
        a0 = n > 0 ? p->scratch.data[0] : 0;
        a1 = n > 1 ? p->scratch.data[1] : 0;
    }
    /* A constant's or global's type is known now: a mismatch is a parse error. */
    if (def != IR_NONE_ID && want == 0) {
        uint32_t t = irx_op_result(p->m, op, imm, NULL, 0, false);
        if (t != type.id && t != IR_TYPE_ANY) {
            StrBuf msg;
            sb_init(&msg);
            ir_type_print(p->m, (TypeId){t}, &msg);
            sb_puts(&msg, ", not ");
            ir_type_print(p->m, type, &msg);
            error_at(p, def_loc, "type mismatch: '%s' yields %s", ir_op_name(op), msg.data);
            sb_free(&msg);
            return false;
        }
    }
    uint32_t result = IR_NONE_ID;
    if (def != IR_NONE_ID) {
        ValueId v = irx_value_new(f, type, VAL_INST, 0);
        f->values.data[v.id].name = name;
        if (!define_value(p, def, def_loc, v)) return false;
        result = v.id;
    }
    InstId inst = irx_inst_append(f, blk, op, a0, a1, imm, loc, result);
    if (callee != IR_NONE_ID) {
        CallFixup fix = {p->fid, inst, {callee}, callee_loc};
        vec_push(&p->calls, fix);
    }
    return true;
}

/* ---- blocks and functions ----------------------------------------------------- */

/* param := VALUE [STRING] ':' type.  In the entry block the parameters
 * already exist (the signature made them): they are named, not created. */
static bool parse_param(Parser *p, BlockId blk, uint32_t index)
{
    uint32_t e;
    SrcLoc loc = p->tok.loc;
    StrId name = {IR_NONE_ID};
    TypeId type;
    if (!parse_value_ref(p, &e)) return false;
    if (p->tok.kind == T_STRING && !parse_string(p, &name)) return false;
    if (!expect(p, ":") || !parse_type(p, &type, 0)) return false;
    IrFunc *f = fn(p);
    if (blk.id != 0) {
        IrBuilder b;
        ir_builder_init(&b, p->m, p->fid);
        return define_value(p, e, loc, ir_block_add_param(&b, blk, type, name));
    }
    IrBlock *entry = &f->blocks.data[0];
    if (index >= entry->params.len || f->values.data[entry->params.data[index].id].type.id != type.id) {
        error_at(p, loc, "entry block parameters must match the signature of @%s", ir_str(p->m, f->name));
        return false;
    }
    ValueId v = entry->params.data[index];
    f->values.data[v.id].name = name;
    return define_value(p, e, loc, v);
}

/* block := BLOCK ['(' param (',' param)* ')'] ':' inst* */
static bool parse_block(Parser *p, bool first)
{
    SrcLoc loc = p->tok.loc;
    uint32_t e;
    if (!parse_name(p, "block", &p->blocks, &e)) return false;
    NameEntry *ent = &p->blocks.entries.data[e];
    if (ir_valid(ent->id)) {
        error_at(p, loc, "redefinition of block%" PRIu32, ent->num);
        return false;
    }
    BlockId blk = {0};
    if (!first) {
        IrBuilder b;
        ir_builder_init(&b, p->m, p->fid);
        blk = ir_block_new(&b);
    }
    ent->id = blk.id;
    uint32_t nparams = 0;
    if (accept(p, "(")) {
        do {
            if (!parse_param(p, blk, nparams++)) return false;
        } while (accept(p, ","));
        if (!expect(p, ")")) return false;
    }
    if (first && nparams != fn(p)->blocks.data[0].params.len) {
        error_at(p, loc, "entry block parameters must match the signature of @%s",
                 ir_str(p->m, fn(p)->name));
        return false;
    }
    if (!expect(p, ":")) return false;
    while (!p->failed && !is_numbered(p, "block") && !is_punct(p, "}") && p->tok.kind != T_EOF)
        if (!parse_inst(p, blk)) return false;
    return !p->failed;
}

/* Replaces a value-table index by its ValueId; undefined names were reported. */
static void resolve_use(void *ctx, uint32_t *slot)
{
    Parser *p = ctx;
    uint32_t id = p->values.entries.data[*slot].id;
    *slot = id;
}

/* At '}': every name used must have been defined; then the operand slots
 * get their real ValueIds and BlockIds. */
static bool resolve_function(Parser *p)
{
    bool ok = true;
    for (uint32_t e = 0; e < p->values.entries.len; e++) {
        NameEntry *ent = &p->values.entries.data[e];
        if (!ir_valid(ent->id)) {
            error_at(p, ent->first_use, "use of undefined value v%" PRIu32, ent->num);
            ok = false;
        }
    }
    for (uint32_t e = 0; e < p->blocks.entries.len; e++) {
        NameEntry *ent = &p->blocks.entries.data[e];
        if (!ir_valid(ent->id)) {
            error_at(p, ent->first_use, "use of undefined block block%" PRIu32, ent->num);
            ok = false;
        }
    }
    if (!ok) return false;
    IrFunc *f = fn(p);
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = &f->blocks.data[b];
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            InstId i = blk->insts.data[k];
            ir_inst_visit_uses(f, i, resolve_use, p);
            for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
                IrEdge e = ir_term_succ(f, i, s);
                BlockId target = {p->blocks.entries.data[e.target.id].id};
                ir_term_set_succ(f, i, s, target, e.args, e.nargs);
            }
        }
    }
    return true;
}

/* annot := 'annot' INT [STRING] ':' type [loc] — slot INT of IrFunc.annots */
static bool parse_annot(Parser *p)
{
    next(p);
    SrcLoc slot_loc = p->tok.loc;
    uint32_t slot;
    IrAnnot a = {{IR_NONE_ID}, {IR_NONE_ID}, {0, 0, 0}};
    if (!parse_uint32(p, &slot, "annotation slot")) return false;
    if (p->tok.kind == T_STRING && !parse_string(p, &a.name)) return false;
    if (!expect(p, ":") || !parse_type(p, &a.type, 0) || !parse_loc(p, &a.loc)) return false;
    IrFunc *f = fn(p);
    if (ir_func_annot(f, slot)) {
        error_at(p, slot_loc, "redefinition of annotation %" PRIu32, slot);
        return false;
    }
    ir_func_set_annot(f, slot, a);
    return true;
}

/* func := 'fn' SYM '(' [type (',' type)*] ')' '->' type [loc] '{' annot* block+ '}' */
static bool parse_func(Parser *p)
{
    next(p);
    StrId name;
    SrcLoc name_loc, loc;
    TypeId ret;
    TypeVec params = {0};
    bool ok = parse_symbol(p, &name, &name_loc) && expect(p, "(") &&
              parse_type_list(p, ")", 0, &params, NULL) && expect(p, "->") &&
              parse_type(p, &ret, 0) && parse_loc(p, &loc);
    TypeId type = ok ? ir_type_func(p->m, params.data, params.len, ret) : (TypeId){0};
    vec_free(&params);
    if (!ok || !expect(p, "{")) return false;
    if (name.id < p->func_of.len && ir_valid(p->func_of.data[name.id])) {
        error_at(p, name_loc, "redefinition of function @%s", ir_str(p->m, name));
        return false;
    }
    p->fid = ir_func_new(p->m, name, type, NULL, loc);
    while (p->func_of.len <= name.id) vec_push(&p->func_of, IR_NONE_ID);
    p->func_of.data[name.id] = p->fid.id;
    names_reset(&p->values);
    names_reset(&p->blocks);
    while (is_word(p, "annot"))
        if (!parse_annot(p)) return false;
    if (!is_numbered(p, "block")) return expected(p, "a block label (block0)");
    for (bool first = true; is_numbered(p, "block"); first = false)
        if (!parse_block(p, first)) return false;
    return expect(p, "}") && resolve_function(p);
}

/* literal := INT | FLOAT | 'true' | 'false' | STRING | 'None', by the type. */
static bool parse_init(Parser *p, IrGlobal *g)
{
    ImmKind kind;
    if (irx_init_kind(g->type, &kind)) return parse_literal(p, kind, &g->init);
    error_at(p, p->tok.loc, "a global of this type cannot have an initial value");
    return false;
}

/* global := 'global' SYM ':' type ['=' literal] ['const'] [loc] ['annot' type [loc]] */
static bool parse_global(Parser *p)
{
    next(p);
    StrId name;
    SrcLoc loc;
    TypeId type;
    if (!parse_symbol(p, &name, &loc) || !expect(p, ":") || !parse_type(p, &type, 0)) return false;
    if (name.id < p->global_of.len && ir_valid(p->global_of.data[name.id])) {
        error_at(p, loc, "redefinition of global @%s", ir_str(p->m, name));
        return false;
    }
    GlobalId gid = ir_global_new(p->m, name, type, (SrcLoc){0, 0, 0});
    while (p->global_of.len <= name.id) vec_push(&p->global_of, IR_NONE_ID);
    p->global_of.data[name.id] = gid.id;
    IrGlobal g = *ir_global(p->m, gid);
    if (accept(p, "=")) {
        g.has_init = true;
        if (!parse_init(p, &g)) return false;
    }
    if (is_word(p, "const")) {
        if (!g.has_init) {
            error_at(p, p->tok.loc, "a const global needs an initial value");
            return false;
        }
        g.is_constant = true;
        next(p);
    }
    if (!parse_loc(p, &g.loc)) return false;
    if (is_word(p, "annot")) {
        next(p);
        if (!parse_type(p, &g.annot.type, 0) || !parse_loc(p, &g.annot.loc)) return false;
        g.annot.name = name;
    }
    *ir_global(p->m, gid) = g;
    return true;
}

/* Calls may name functions defined further down: resolved at the end. */
static bool resolve_calls(Parser *p)
{
    for (uint32_t i = 0; i < p->calls.len; i++) {
        CallFixup *c = &p->calls.data[i];
        uint32_t callee = c->callee.id < p->func_of.len ? p->func_of.data[c->callee.id] : IR_NONE_ID;
        if (callee == IR_NONE_ID)
            error_at(p, c->loc, "call of undefined function @%s", ir_str(p->m, c->callee));
        else
            p->m->funcs.data[c->func.id].imms.data[c->inst.id] = callee;
    }
    return !p->failed;
}

/* module := ['module' STRING] (global | func)* */
static bool parse_module(Parser *p)
{
    next(p);
    if (is_word(p, "module")) {
        next(p);
        if (!parse_string(p, &p->m->source_name)) return false;
    }
    while (!p->failed && p->tok.kind != T_EOF) {
        if (is_word(p, "global")) {
            if (!parse_global(p)) return false;
        } else if (is_word(p, "fn")) {
            if (!parse_func(p)) return false;
        } else {
            return expected(p, "'global' or 'fn'");
        }
    }
    return !p->failed && resolve_calls(p);
}

IrModule *ir_parse(DiagEngine *diag, uint32_t file_id)
{
    SourceFile *src = diag_file(diag, file_id);
    if (!src) {
        diag_global(diag, DIAG_ERROR, "no such source file (id %" PRIu32 ")", file_id);
        return NULL;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.diag = diag;
    p.file = file_id;
    p.src = src->text;
    p.len = src->len;
    p.line = 1;
    p.m = ir_module_new();
    sb_init(&p.text);
    bool ok = parse_module(&p);
    vec_free(&p.global_of);
    vec_free(&p.func_of);
    vec_free(&p.calls);
    vec_free(&p.scratch);
    names_reset(&p.values);
    names_reset(&p.blocks);
    sb_free(&p.text);
    if (ok) return p.m;
    ir_module_free(p.m);
    return NULL;
}
