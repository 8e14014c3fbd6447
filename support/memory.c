/* memory.c — checked malloc wrappers, the bump arena and growable arrays.
 * Invariant: every arena allocation is 16-byte aligned and lives until
 * arena_reset() or arena_free(). */
#include "support.h"

#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t size)
{
    fprintf(stderr, "portalisc: fatal error: out of memory (%zu bytes)\n", size);
    abort();
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory(count * size);
    return p;
}

void *xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

struct ArenaChunk {
    ArenaChunk *next;
    size_t used, size;
    _Alignas(16) unsigned char bytes[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024 };

void arena_init(Arena *a)
{
    a->head = NULL;
    a->total = 0;
}

static void free_chunks(ArenaChunk *c)
{
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
}

void arena_free(Arena *a)
{
    free_chunks(a->head);
    a->head = NULL;
    a->total = 0;
}

void arena_reset(Arena *a)
{
    ArenaChunk *keep = a->head;     /* the newest chunk is the largest */
    if (keep) {
        free_chunks(keep->next);
        keep->next = NULL;
        keep->used = 0;
    }
    a->total = 0;
}

/* arena_alloc's slow path, kept out of line so that the common bump needs
 * no stack frame. */
static __attribute__((noinline)) void *arena_grow(Arena *a, size_t size)
{
    ArenaChunk *c = a->head;
    size_t want = c ? c->size * 2 : ARENA_MIN_CHUNK;
    if (want < size) want = size;
    ArenaChunk *fresh = xmalloc(sizeof(ArenaChunk) + want);
    fresh->next = c;
    fresh->used = size;
    fresh->size = want;
    a->head = fresh;
    a->total += size;
    return fresh->bytes;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + 15u) & ~(size_t)15u;
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < size) return arena_grow(a, size);
    void *p = c->bytes + c->used;
    c->used += size;
    a->total += size;
    return p;
}

void *arena_zalloc(Arena *a, size_t size)
{
    return memset(arena_alloc(a, size), 0, size);
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_sprintf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf sb;
    sb_init(&sb);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    char *p = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return p;
}

void vec_grow_(void **data, uint32_t *cap, size_t elem_size, uint32_t need)
{
    uint64_t n = *cap ? *cap : 8;
    while (n < need) n *= 2;
    if (n > UINT32_MAX) n = UINT32_MAX;
    if (n < need) out_of_memory((size_t)need * elem_size);
    *data = xrealloc(*data, (size_t)n * elem_size);
    *cap = (uint32_t)n;
}
