/* support.h — the shared foundation of portalisc: arenas, growable arrays,
 * source files and diagnostics.  Every other folder includes this header; it
 * depends on nothing but the C library.  Nothing here calls exit() or keeps
 * global mutable state: callers pass the context they own. */
#ifndef PORTALIS_SUPPORT_H
#define PORTALIS_SUPPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>   /* free, for vec_free */

/* ---- memory ------------------------------------------------------------ */

/* Allocation that cannot fail: on exhaustion it prints one line and aborts,
 * which is the only sane response to OOM inside a compiler pass. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

/* A bump allocator freed in one call.  Blocks grow geometrically, so a
 * 200 MB input costs a handful of chunks, not millions of mallocs. */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head;
    size_t total;           /* bytes handed out, for statistics */
} Arena;

void  arena_init(Arena *a);
void  arena_free(Arena *a);                     /* frees every allocation */
/* Ends every allocation but keeps the largest chunk for the next ones, so a
 * loop over many inputs touches fresh pages only when an input outgrows it. */
void  arena_reset(Arena *a);
void *arena_alloc(Arena *a, size_t size);       /* 16-byte aligned, uninitialised */
void *arena_zalloc(Arena *a, size_t size);      /* zero-filled */
char *arena_strndup(Arena *a, const char *s, size_t n);  /* NUL-terminated copy */
char *arena_sprintf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Growable arrays of any element type, indexed by uint32_t ids:
 *     VEC(int) xs = {0};  vec_push(&xs, 42);  xs.data[0];  vec_free(&xs);
 * The element storage is malloc'd (not arena) so it can grow in place. */
#define VEC(T) struct { T *data; uint32_t len, cap; }
void vec_grow_(void **data, uint32_t *cap, size_t elem_size, uint32_t need);
#define vec_reserve(v, n)                                                  \
    ((n) > (v)->cap ? vec_grow_((void **)&(v)->data, &(v)->cap,            \
                                sizeof(*(v)->data), (uint32_t)(n)) : (void)0)
#define vec_push(v, x)                                                     \
    (vec_reserve((v), (v)->len + 1u), (v)->data[(v)->len++] = (x))
#define vec_pop(v)   ((v)->data[--(v)->len])
#define vec_last(v)  ((v)->data[(v)->len - 1u])
#define vec_clear(v) ((v)->len = 0)
#define vec_free(v)  (free((v)->data), (v)->data = NULL, (v)->len = (v)->cap = 0)

/* A growable byte string, used by every printer and emitter. */
typedef struct StrBuf {
    char *data;             /* always NUL-terminated once anything is added */
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *sb);
void sb_free(StrBuf *sb);
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
char *sb_take(StrBuf *sb);  /* hands the malloc'd string to the caller, resets sb */

/* ---- source files ------------------------------------------------------ */

/* A source file loaded whole into memory.  text is NUL-terminated (the NUL is
 * not counted in len); an embedded NUL byte is detected by the lexer. */
typedef struct SourceFile {
    char *path;             /* as given by the user, for diagnostics */
    char *text;
    size_t len;
    uint32_t *line_starts;  /* byte offset of each line start, built lazily */
    uint32_t nlines;
} SourceFile;

/* A position in a source file: 1-based line, 1-based byte column.  file is
 * an index into the DiagEngine's file table (0 = none). */
typedef struct SrcLoc {
    uint32_t file;
    uint32_t line;
    uint32_t col;
} SrcLoc;

/* ---- diagnostics ------------------------------------------------------- */

typedef enum DiagLevel { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef enum DiagFormat { DIAG_FORMAT_TEXT, DIAG_FORMAT_JSON } DiagFormat;

typedef struct DiagSeen { DiagLevel level; SrcLoc loc; char *msg; } DiagSeen;

/* Collects diagnostics for one compilation.  Text diagnostics are printed as
 * they arrive (GCC style: "path:line:col: error: msg", the source line, a
 * caret); JSON diagnostics are buffered and written by diag_flush().  An
 * error or warning identical to an earlier one (level, position, text) is
 * dropped with its notes: the clones of one function (passes/clone.c)
 * share their source, and one problem there is reported once. */
typedef struct DiagEngine {
    VEC(SourceFile *) files;    /* index 0 is unused so that file id 0 = none */
    FILE *out;                  /* usually stderr */
    DiagFormat format;
    bool color;
    uint32_t errors, warnings;
    void *json_items;           /* cJSON array when format == JSON */
    VEC(struct DiagSeen) seen;  /* the errors and warnings reported so far */
    bool dropping;              /* the last error or warning was a repeat: drop its notes */
} DiagEngine;

void diag_init(DiagEngine *d, FILE *out);
void diag_dispose(DiagEngine *d);      /* frees the files it owns too */

/* Reads a whole file.  On failure returns 0 and reports "cannot open" through
 * d (with strerror).  On success returns the file id for SrcLoc.file. */
uint32_t diag_load_file(DiagEngine *d, const char *path);
/* Registers text already in memory (tests, stdin); the engine copies it. */
uint32_t diag_add_source(DiagEngine *d, const char *path, const char *text, size_t len);
SourceFile *diag_file(DiagEngine *d, uint32_t file_id);
/* Frees a file's text once nothing will report on it again (a run over
 * thousands of files need not keep them all); its path stays. */
void diag_release_text(DiagEngine *d, uint32_t file_id);

void diag_report(DiagEngine *d, DiagLevel level, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_vreport(DiagEngine *d, DiagLevel level, SrcLoc loc, const char *fmt, va_list ap);
#define diag_error(d, loc, ...)   diag_report((d), DIAG_ERROR, (loc), __VA_ARGS__)
#define diag_warning(d, loc, ...) diag_report((d), DIAG_WARNING, (loc), __VA_ARGS__)
#define diag_note(d, loc, ...)    diag_report((d), DIAG_NOTE, (loc), __VA_ARGS__)
/* A diagnostic with no source position ("portalisc: error: ..."). */
void diag_global(DiagEngine *d, DiagLevel level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_flush(DiagEngine *d);        /* writes buffered JSON, if any */

/* Reads a whole stream or file into a malloc'd NUL-terminated buffer. */
char *read_whole_file(const char *path, size_t *len_out);

#endif
