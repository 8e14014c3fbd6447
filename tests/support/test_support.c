/* test_support.c — unit tests for support/: arenas, vectors, string
 * buffers and the diagnostic printer (format, caret, JSON). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "support/support.h"

static void test_arena_alignment_and_growth(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    for (int i = 1; i < 5000; i++) {
        unsigned char *p = arena_alloc(&a, (size_t)i % 97 + 1);
        assert_int_equal((uintptr_t)p % 16, 0);
        p[0] = (unsigned char)i;
    }
    char *big = arena_zalloc(&a, 1 << 20);     /* larger than a chunk */
    assert_int_equal(big[(1 << 20) - 1], 0);
    assert_string_equal(arena_strndup(&a, "hello world", 5), "hello");
    assert_string_equal(arena_sprintf(&a, "%d-%s", 42, "x"), "42-x");
    arena_free(&a);
    assert_null(a.head);
}

static void test_vec_push_pop(void **state)
{
    (void)state;
    VEC(int) v = {0};
    for (int i = 0; i < 1000; i++) vec_push(&v, i * 2);
    assert_int_equal(v.len, 1000);
    assert_int_equal(v.data[999], 1998);
    assert_int_equal(vec_pop(&v), 1998);
    assert_int_equal(vec_last(&v), 1996);
    vec_free(&v);
    assert_int_equal(v.len, 0);
}

static void test_strbuf(void **state)
{
    (void)state;
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "a");
    sb_putc(&sb, 'b');
    sb_printf(&sb, "%05.1f|%s", 2.25, "z");
    assert_string_equal(sb.data, "ab002.2|z");
    for (int i = 0; i < 10000; i++) sb_putc(&sb, 'x');
    assert_int_equal(sb.len, 9 + 10000);
    char *s = sb_take(&sb);
    assert_int_equal(strlen(s), 10009);
    assert_null(sb.data);
    free(s);
}

/* Runs a diagnostic into a memory stream and returns what was printed. */
static char *render(DiagFormat format, const char *src, SrcLoc loc, const char *msg)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    DiagEngine d;
    diag_init(&d, mem);
    d.format = format;
    uint32_t file = diag_add_source(&d, "prog.py", src, strlen(src));
    loc.file = file;
    diag_error(&d, loc, "%s", msg);
    diag_flush(&d);
    assert_int_equal(d.errors, 1);
    diag_dispose(&d);
    fclose(mem);
    return text;
}

static void test_diag_caret(void **state)
{
    (void)state;
    char *out = render(DIAG_FORMAT_TEXT, "x = 1\nif x\tprint(y)\n", (SrcLoc){0, 2, 6},
                       "invalid syntax");
    assert_string_equal(out,
                        "prog.py:2:6: error: invalid syntax\n"
                        "     2 | if x\tprint(y)\n"
                        "       |     \t^\n");
    free(out);
}

static void test_diag_caret_after_utf8(void **state)
{
    (void)state;
    /* "é" is two bytes: column 4 (bytes) is the third character. */
    char *out = render(DIAG_FORMAT_TEXT, "é = ?\n", (SrcLoc){0, 1, 6}, "bad");
    assert_non_null(strstr(out, "\n       |     ^\n"));
    free(out);
}

static void test_diag_json(void **state)
{
    (void)state;
    char *out = render(DIAG_FORMAT_JSON, "pass\n", (SrcLoc){0, 1, 1}, "say \"hi\"");
    assert_non_null(strstr(out, "\"kind\":\t\"error\""));
    assert_non_null(strstr(out, "\"message\":\t\"say \\\"hi\\\"\""));
    assert_non_null(strstr(out, "\"line\":\t1"));
    free(out);
}

static void test_missing_file(void **state)
{
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    DiagEngine d;
    diag_init(&d, mem);
    assert_int_equal(diag_load_file(&d, "/nonexistent/dir/x.py"), 0);
    assert_int_equal(d.errors, 1);
    diag_dispose(&d);
    fclose(mem);
    assert_string_equal(text, "portalisc: error: /nonexistent/dir/x.py: No such file or directory\n");
    free(text);
}

/* A repeated error or warning is dropped with its notes; the same note
 * after a new error is kept. */
static void test_diag_repeats(void **state)
{
    (void)state;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    DiagEngine d;
    diag_init(&d, mem);
    SrcLoc none = {0, 0, 0};
    diag_warning(&d, none, "w");
    diag_note(&d, none, "n");
    diag_warning(&d, none, "w");
    diag_note(&d, none, "n");
    diag_error(&d, none, "w");
    diag_note(&d, none, "n");
    assert_int_equal(d.warnings, 1);
    assert_int_equal(d.errors, 1);
    diag_dispose(&d);
    fclose(mem);
    assert_string_equal(text, "portalisc: warning: w\nportalisc: note: n\n"
                              "portalisc: error: w\nportalisc: note: n\n");
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_alignment_and_growth),
        cmocka_unit_test(test_vec_push_pop),
        cmocka_unit_test(test_strbuf),
        cmocka_unit_test(test_diag_caret),
        cmocka_unit_test(test_diag_caret_after_utf8),
        cmocka_unit_test(test_diag_json),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_diag_repeats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
