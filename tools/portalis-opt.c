/* portalis-opt — runs passes over textual IR, like LLVM's opt:
 *     portalis-opt [--passes=a,b] [--verify-each] [--dump-after=PASS] [-o OUT] FILE.pir
 * Parse, verify (untyped IR is accepted), run the passes, verify (strictly
 * typed IR after a list with specialize), print.  Exit status: 0 success,
 * 1 bad input (diagnostics on stderr), 2 bad usage. */
#include "ir/ir.h"
#include "passes/passes.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fputs("usage: portalis-opt [--passes=a,b] [--verify-each] [-Wdynamic] [-ftyped-lists] [--dump-after=PASS|all]\n"
          "                    [-o OUT] FILE.pir      (FILE '-' reads stdin)\n"
          "       portalis-opt --list-passes\n",
          out);
}

typedef struct Options {
    const char *passes, *input, *output;
    PassOptions pass;
} Options;

/* Returns -1 to go on, or the exit status to stop with. */
static int parse_args(int argc, char **argv, Options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--passes=", 9) == 0) {
            o->passes = a + 9;
        } else if (strcmp(a, "--verify-each") == 0) {
            o->pass.verify_each = true;
        } else if (strcmp(a, "-Wdynamic") == 0) {
            o->pass.warn_dynamic = true;
        } else if (strcmp(a, "-ftyped-lists") == 0) {
            o->pass.typed_lists = true;
        } else if (strncmp(a, "--dump-after=", 13) == 0) {
            o->pass.dump_after = a + 13;
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            o->output = argv[++i];
        } else if (strcmp(a, "--list-passes") == 0) {
            for (uint32_t p = 0; p < PASS_COUNT; p++)
                printf("%-14s %s\n", pass_name((PassId)p), pass_description((PassId)p));
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "portalis-opt: error: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else if (o->input) {
            fprintf(stderr, "portalis-opt: error: more than one input file\n");
            return 2;
        } else {
            o->input = a;
        }
    }
    if (!o->input) {
        fprintf(stderr, "portalis-opt: error: no input file\n");
        usage(stderr);
        return 2;
    }
    return -1;
}

static int write_output(const char *path, const StrBuf *text)
{
    FILE *out = path && strcmp(path, "-") != 0 ? fopen(path, "w") : stdout;
    if (!out) {
        fprintf(stderr, "portalis-opt: error: %s: %s\n", path, strerror(errno));
        return 1;
    }
    fwrite(text->data ? text->data : "", 1, text->len, out);
    bool failed = ferror(out) != 0;
    if (out != stdout) failed |= fclose(out) != 0;
    else failed |= fflush(out) != 0;
    if (failed) {
        fprintf(stderr, "portalis-opt: error: cannot write %s\n", path ? path : "stdout");
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    Options o = {0};
    o.pass.dump_out = stderr;
    int status = parse_args(argc, argv, &o);
    if (status >= 0) return status;

    DiagEngine diag;
    diag_init(&diag, stderr);
    if (pass_list_check(o.passes, &o.pass, &diag)) {
        diag_dispose(&diag);
        return 2;
    }
    IrModule *m = NULL;
    uint32_t file = diag_load_file(&diag, o.input);
    if (file) m = ir_parse(&diag, file);
    status = 1;
    /* The input may be untyped IR; after specialize it must be strictly typed. */
    bool typed = pass_list_contains(o.passes, PASS_SPECIALIZE);
    if (m && ir_verify_untyped(m, &diag) == 0 && pass_run_list(m, o.passes, &o.pass, &diag) &&
        (typed ? ir_verify(m, &diag) : ir_verify_untyped(m, &diag)) == 0) {
        StrBuf text;
        sb_init(&text);
        ir_module_print(m, &text);
        status = write_output(o.output, &text);
        sb_free(&text);
    }
    ir_module_free(m);
    diag_flush(&diag);
    diag_dispose(&diag);
    return status;
}
