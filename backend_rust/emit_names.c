/* emit_names.c — Python names to Rust identifiers: keywords escaped with
 * r#, names Rust cannot take raw (self, super, crate, Self) suffixed, and
 * clashes inside one scope numbered (x, x_1, x_2...). */
#include "backend_rust/rs_impl.h"

#include <stdlib.h>
#include <string.h>

struct RsNames {
    char **slots;            /* open addressing, NULL = empty; strings malloc'd */
    uint32_t cap, len;
};

static const char *const keywords[] = {
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final",
    "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", NULL
};
static const char *const unraw[] = { "self", "Self", "super", "crate", "_", NULL };

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

RsNames *rs_names_new(void)
{
    RsNames *n = xcalloc(1, sizeof *n);
    n->cap = 64;
    n->slots = xcalloc(n->cap, sizeof *n->slots);
    return n;
}

void rs_names_free(RsNames *n)
{
    if (!n) return;
    for (uint32_t i = 0; i < n->cap; i++) free(n->slots[i]);
    free(n->slots);
    free(n);
}

static bool names_has(const RsNames *n, const char *s)
{
    for (uint32_t i = hash_str(s) & (n->cap - 1);; i = (i + 1) & (n->cap - 1)) {
        if (!n->slots[i]) return false;
        if (!strcmp(n->slots[i], s)) return true;
    }
}

void rs_names_reserve(RsNames *n, const char *s)
{
    if (names_has(n, s)) return;
    if (2 * (n->len + 1) > n->cap) {
        char **old = n->slots;
        uint32_t oldcap = n->cap;
        n->cap *= 2;
        n->slots = xcalloc(n->cap, sizeof *n->slots);
        n->len = 0;
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i]) {
                uint32_t j = hash_str(old[i]) & (n->cap - 1);
                while (n->slots[j]) j = (j + 1) & (n->cap - 1);
                n->slots[j] = old[i];
                n->len++;
            }
        free(old);
    }
    uint32_t i = hash_str(s) & (n->cap - 1);
    while (n->slots[i]) i = (i + 1) & (n->cap - 1);
    n->slots[i] = xstrdup(s);
    n->len++;
}

static bool in_list(const char *const *list, const char *s)
{
    for (; *list; list++)
        if (!strcmp(*list, s)) return true;
    return false;
}

/* The bare identifier: ASCII kept, the '.' of a clone's name (`f.int`,
 * passes/clone.c) as '_', anything else spelled as _uXXXX. */
static void bare_ident(StrBuf *out, const char *py, uint32_t len)
{
    if (!len) {
        sb_puts(out, "v");
        return;
    }
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)py[i];
        if (c < 0x80 && (c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')))
            sb_putc(out, (char)c);
        else if (c == '.')
            sb_putc(out, '_');
        else
            sb_printf(out, "_u%02x", c);
    }
}

void rs_ident(StrBuf *out, const char *py, uint32_t len)
{
    StrBuf b;
    sb_init(&b);
    bare_ident(&b, py, len);
    if (in_list(keywords, b.data)) sb_puts(out, "r#");
    sb_puts(out, b.data);
    if (in_list(unraw, b.data)) sb_putc(out, '_');
    sb_free(&b);
}

char *rs_names_fresh(RsNames *n, Arena *arena, const char *py, uint32_t len)
{
    StrBuf b;
    sb_init(&b);
    rs_ident(&b, py, len);
    size_t base = b.len;
    for (uint32_t k = 1; names_has(n, b.data); k++) {
        b.len = base;
        b.data[base] = '\0';
        /* r#type_1 is not a keyword: drop the r# again */
        if (!strncmp(b.data, "r#", 2)) {
            memmove(b.data, b.data + 2, b.len - 1);
            b.len -= 2;
            base -= 2;
        }
        sb_printf(&b, "_%u", k);
    }
    rs_names_reserve(n, b.data);
    char *s = arena_strndup(arena, b.data, b.len);
    sb_free(&b);
    return s;
}

bool rs_is_snake(const char *s)
{
    if (!strncmp(s, "r#", 2)) s += 2;
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') return false;
    return true;
}
