/* driver.h — the portalisc command line: options and the compile pipeline.
 * Split from main() so the pipeline reads on one screen (compile.c) and the
 * option parser (options.c) can be tested on its own. */
#ifndef PORTALIS_DRIVER_H
#define PORTALIS_DRIVER_H

#include "support/support.h"

typedef enum EmitKind {
    EMIT_RUST,      /* one self-contained .rs file (the default) */
    EMIT_IR,        /* the typed SSA IR in its text form */
    EMIT_IR_UNTYPED, /* the IR as the lowering builds it, before typeinfer (tests) */
} EmitKind;

typedef struct DriverOptions {
    VEC(const char *) inputs;
    const char *output;         /* -o; NULL: derived from the input (or stdout for IR) */
    EmitKind emit;
    bool syntax_only;           /* -fsyntax-only: parse every input, nothing else */
    bool check_only;            /* --check: every analysis, no output */
    bool verify_each;           /* --verify-each */
    bool warn_dynamic;          /* -Wdynamic: warn where a value uses the dynamic object type */
    bool typed_lists;           /* lists of one scalar type are typed Vecs (-fno-typed-lists: off) */
    const char *passes;         /* --passes=LIST, NULL: the -O level's pipeline */
    const char *dump_after;     /* --dump-after=PASS */
    int opt_level;              /* -O0 .. -O2 */
    DiagFormat diag_format;
    int color;                  /* -1 auto (tty), 0 never, 1 always */
} DriverOptions;

/* Parses argv.  Returns 0 to go on, or the exit status to stop with
 * (0 after --help/--version, 2 after a usage error, reported on stderr). */
int driver_parse_options(int argc, char **argv, DriverOptions *opts);
void driver_options_free(DriverOptions *opts);

/* Runs the pipeline over every input; returns the process exit status. */
int driver_run(const DriverOptions *opts, DiagEngine *diag);

#endif
