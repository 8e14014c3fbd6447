/* frontend_test.h — helpers shared by the frontend's cmocka tests: run the
 * lexer or parser over a string and return what it produced (token dump,
 * AST dump, or the first diagnostic line) as a malloc'd string. */
#ifndef PORTALIS_TESTS_FRONTEND_TEST_H
#define PORTALIS_TESTS_FRONTEND_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "support/support.h"
#include "frontend/frontend.h"

enum { FT_TOKENS, FT_DUMP };

/* Runs the lexer (FT_TOKENS) or parser (FT_DUMP) over len bytes of src.
 * Returns the output on success, or "ERROR <first diagnostic line>" with
 * the file name "t.py" stripped, e.g. "ERROR 1:5: error: invalid syntax". */
static inline char *ft_run(int what, const char *src, size_t len)
{
    char *diag_text = NULL;
    size_t diag_len = 0;
    FILE *mem = open_memstream(&diag_text, &diag_len);
    DiagEngine diag;
    diag_init(&diag, mem);
    uint32_t file = diag_add_source(&diag, "t.py", src, len);
    Arena arena;
    arena_init(&arena);
    StrBuf out;
    sb_init(&out);
    bool ok;
    if (what == FT_TOKENS) {
        ok = lex_dump_tokens(&arena, &diag, file, &out);
    } else {
        AstModule *mod = parse_file(&arena, &diag, file);
        ok = mod != NULL;
        if (mod) ast_dump(&out, mod);
    }
    uint32_t errors = diag.errors;
    diag_dispose(&diag);
    fclose(mem);
    arena_free(&arena);
    char *result;
    if (ok && errors == 0) {
        result = out.data ? sb_take(&out) : xstrdup("");
    } else {
        char *nl = strchr(diag_text, '\n');
        if (nl) *nl = '\0';
        const char *msg = strncmp(diag_text, "t.py:", 5) == 0 ? diag_text + 5 : diag_text;
        size_t n = strlen(msg) + 8;
        result = xmalloc(n);
        snprintf(result, n, "ERROR %s", msg);
        /* a failure must come with exactly one error */
        if (errors != 1) {
            free(result);
            result = xstrdup("ERROR count != 1");
        }
    }
    sb_free(&out);
    free(diag_text);
    return result;
}

#define ft_assert_output(what, src, expected)                          \
    do {                                                               \
        char *got_ = ft_run((what), (src), strlen(src));               \
        assert_string_equal(got_, (expected));                         \
        free(got_);                                                    \
    } while (0)

#endif
