/* testutil.h — helpers shared by the IR unit tests: parse text, print a
 * module, verify, each capturing the diagnostics as a string.  Header-only
 * (static functions) so each test program stays one file. */
#ifndef PORTALIS_TEST_IR_UTIL_H
#define PORTALIS_TEST_IR_UTIL_H

#include "ir/ir.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

/* Diagnostics go to a memory stream; diag_text() returns what it holds. */
typedef struct Captured {
    DiagEngine diag;
    char *buf;
    size_t len;
    FILE *out;
} Captured;

static inline void capture_init(Captured *c)
{
    c->buf = NULL;
    c->len = 0;
    c->out = open_memstream(&c->buf, &c->len);
    diag_init(&c->diag, c->out);
}

static inline const char *capture_text(Captured *c)
{
    fflush(c->out);
    return c->buf ? c->buf : "";
}

static inline void capture_free(Captured *c)
{
    diag_dispose(&c->diag);
    fclose(c->out);
    free(c->buf);
}

/* Parses text as file "t.pir"; NULL on error, diagnostics in c. */
static inline IrModule *parse_text(Captured *c, const char *text)
{
    uint32_t file = diag_add_source(&c->diag, "t.pir", text, strlen(text));
    return ir_parse(&c->diag, file);
}

/* Parses text that must be valid, failing the test with the diagnostics
 * otherwise. */
static inline IrModule *parse_ok(Captured *c, const char *text)
{
    IrModule *m = parse_text(c, text);
    if (!m) print_error("%s", capture_text(c));
    assert_non_null(m);
    return m;
}

/* The module in the text form; the caller frees it. */
static inline char *print_module(const IrModule *m)
{
    StrBuf sb;
    sb_init(&sb);
    ir_module_print(m, &sb);
    sb_putn(&sb, "", 0);
    return sb_take(&sb);
}

/* Verifies m; returns the error count and leaves the messages in c. */
static inline uint32_t verify_capture(Captured *c, IrModule *m)
{
    return ir_verify(m, &c->diag);
}

/* Fails the test showing the messages when needle is not in the text. */
static inline void assert_contains(const char *text, const char *needle)
{
    if (!strstr(text, needle)) {
        print_error("expected to find:\n  %s\nin:\n%s\n", needle, text);
        fail();
    }
}

#endif
