/* diag.c — GCC-style diagnostics: "path:line:col: error: msg", the source
 * line and a caret, or a JSON array with -fdiagnostics-format=json.  The one
 * path every compiler message goes through. */
#include "support.h"

#include <cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void diag_init(DiagEngine *d, FILE *out)
{
    memset(d, 0, sizeof *d);
    d->out = out;
    vec_push(&d->files, (SourceFile *)NULL);   /* file id 0 means "none" */
}

void diag_dispose(DiagEngine *d)
{
    for (uint32_t i = 1; i < d->files.len; i++) {
        SourceFile *f = d->files.data[i];
        free(f->path);
        free(f->text);
        free(f->line_starts);
        free(f);
    }
    vec_free(&d->files);
    for (uint32_t i = 0; i < d->seen.len; i++) free(d->seen.data[i].msg);
    vec_free(&d->seen);
    if (d->json_items) cJSON_Delete(d->json_items);
    d->json_items = NULL;
}

char *read_whole_file(const char *path, size_t *len_out)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (cap - len < 2) buf = xrealloc(buf, cap *= 2);
        size_t n = fread(buf + len, 1, cap - len - 1, fp);
        len += n;
        if (n == 0) break;
    }
    bool failed = ferror(fp) != 0;
    int saved = errno;
    if (fp != stdin) fclose(fp);
    if (failed) {
        free(buf);
        errno = saved ? saved : EIO;
        return NULL;
    }
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

static uint32_t add_file(DiagEngine *d, const char *path, char *text, size_t len)
{
    SourceFile *f = xcalloc(1, sizeof *f);
    f->path = xstrdup(path);
    f->text = text;
    f->len = len;
    vec_push(&d->files, f);
    return d->files.len - 1;
}

uint32_t diag_load_file(DiagEngine *d, const char *path)
{
    size_t len = 0;
    char *text = read_whole_file(path, &len);
    if (!text) {
        diag_global(d, DIAG_ERROR, "%s: %s", path, strerror(errno));
        return 0;
    }
    return add_file(d, path, text, len);
}

uint32_t diag_add_source(DiagEngine *d, const char *path, const char *text, size_t len)
{
    char *copy = xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    return add_file(d, path, copy, len);
}

SourceFile *diag_file(DiagEngine *d, uint32_t file_id)
{
    return file_id && file_id < d->files.len ? d->files.data[file_id] : NULL;
}

void diag_release_text(DiagEngine *d, uint32_t file_id)
{
    SourceFile *f = diag_file(d, file_id);
    if (!f) return;
    free(f->text);
    free(f->line_starts);
    f->text = NULL;
    f->line_starts = NULL;
    f->len = 0;
    f->nlines = 0;
}

static void index_lines(SourceFile *f)
{
    if (f->line_starts) return;
    VEC(uint32_t) starts = {0};
    vec_push(&starts, 0u);
    for (size_t i = 0; i < f->len; i++)
        if (f->text[i] == '\n' || (f->text[i] == '\r' && (i + 1 >= f->len || f->text[i + 1] != '\n')))
            vec_push(&starts, (uint32_t)(i + 1));
    f->line_starts = starts.data;
    f->nlines = starts.len;
}

static const char *level_name(DiagLevel level)
{
    switch (level) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    }
    return "error";
}

static const char *level_color(DiagLevel level)
{
    switch (level) {
    case DIAG_ERROR: return "\033[1;31m";
    case DIAG_WARNING: return "\033[1;35m";
    case DIAG_NOTE: return "\033[1;36m";
    }
    return "";
}

/* Prints the source line of loc and a caret under its column.  Tabs before
 * the column are copied so the caret lines up; a UTF-8 sequence counts as
 * one column. */
static void print_source_line(DiagEngine *d, SourceFile *f, SrcLoc loc)
{
    index_lines(f);
    if (loc.line == 0 || loc.line > f->nlines) return;
    uint32_t start = f->line_starts[loc.line - 1];
    uint32_t end = start;
    while (end < f->len && f->text[end] != '\n' && f->text[end] != '\r') end++;
    if (end - start > 4096) return;     /* a minified line helps nobody */
    fprintf(d->out, " %5u | ", loc.line);
    for (uint32_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)f->text[i];
        fputc(c == '\0' ? ' ' : c, d->out);
    }
    fputs("\n       | ", d->out);
    uint32_t col_end = start + (loc.col ? loc.col - 1 : 0);
    for (uint32_t i = start; i < col_end && i < end; i++) {
        unsigned char c = (unsigned char)f->text[i];
        if ((c & 0xC0) == 0x80) continue;
        fputc(c == '\t' ? '\t' : ' ', d->out);
    }
    fputs(d->color ? "\033[1;32m^\033[0m\n" : "^\n", d->out);
}

static void json_append(DiagEngine *d, DiagLevel level, const char *path, SrcLoc loc,
                        const char *msg)
{
    if (!d->json_items) d->json_items = cJSON_CreateArray();
    cJSON *item = cJSON_CreateObject();
    cJSON_AddStringToObject(item, "kind", level_name(level));
    cJSON_AddStringToObject(item, "message", msg);
    if (path) {
        cJSON_AddStringToObject(item, "file", path);
        cJSON_AddNumberToObject(item, "line", loc.line);
        cJSON_AddNumberToObject(item, "column", loc.col);
    }
    cJSON_AddItemToArray(d->json_items, item);
}

static void count(DiagEngine *d, DiagLevel level)
{
    if (level == DIAG_ERROR) d->errors++;
    else if (level == DIAG_WARNING) d->warnings++;
}

/* Whether this diagnostic repeats an earlier error or warning (or is a note
 * of one that did); remembers it otherwise. */
static bool repeated(DiagEngine *d, DiagLevel level, SrcLoc loc, const char *msg)
{
    if (level == DIAG_NOTE) return d->dropping;
    d->dropping = false;
    for (uint32_t i = 0; i < d->seen.len && !d->dropping; i++) {
        const DiagSeen *s = &d->seen.data[i];
        d->dropping = s->level == level && s->loc.file == loc.file && s->loc.line == loc.line &&
                      s->loc.col == loc.col && strcmp(s->msg, msg) == 0;
    }
    if (!d->dropping) vec_push(&d->seen, ((DiagSeen){level, loc, xstrdup(msg)}));
    return d->dropping;
}

void diag_vreport(DiagEngine *d, DiagLevel level, SrcLoc loc, const char *fmt, va_list ap)
{
    StrBuf msg;
    sb_init(&msg);
    sb_vprintf(&msg, fmt, ap);
    if (repeated(d, level, loc, msg.data ? msg.data : "")) {
        sb_free(&msg);
        return;
    }
    count(d, level);
    SourceFile *f = diag_file(d, loc.file);
    if (d->format == DIAG_FORMAT_JSON) {
        json_append(d, level, f ? f->path : NULL, loc, msg.data ? msg.data : "");
    } else {
        const char *bold = d->color ? "\033[1m" : "", *reset = d->color ? "\033[0m" : "";
        if (f)
            fprintf(d->out, "%s%s:%u:%u:%s ", bold, f->path, loc.line, loc.col, reset);
        else
            fprintf(d->out, "%sportalisc:%s ", bold, reset);
        fprintf(d->out, "%s%s:%s %s\n", d->color ? level_color(level) : "", level_name(level),
                reset, msg.data ? msg.data : "");
        if (f) print_source_line(d, f, loc);
    }
    sb_free(&msg);
}

void diag_report(DiagEngine *d, DiagLevel level, SrcLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vreport(d, level, loc, fmt, ap);
    va_end(ap);
}

void diag_global(DiagEngine *d, DiagLevel level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    SrcLoc none = {0, 0, 0};
    diag_vreport(d, level, none, fmt, ap);
    va_end(ap);
}

void diag_flush(DiagEngine *d)
{
    if (d->format != DIAG_FORMAT_JSON) {
        fflush(d->out);
        return;
    }
    if (!d->json_items) d->json_items = cJSON_CreateArray();
    char *text = cJSON_Print(d->json_items);
    fprintf(d->out, "%s\n", text);
    cJSON_free(text);
    cJSON_Delete(d->json_items);
    d->json_items = NULL;
    fflush(d->out);
}
