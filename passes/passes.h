/* passes.h — the public face of passes/: the pass table (passes.def) and
 * the pass manager that runs a comma-separated list of passes over a
 * module, optionally verifying and dumping after each one.  Passes rewrite
 * the module in place; none prints, exits or keeps global state. */
#ifndef PORTALIS_PASSES_H
#define PORTALIS_PASSES_H

#include "ir/ir.h"

typedef enum PassId {
#define PASS(id, name, fn, doc) PASS_##id,
#include "passes/passes.def"
#undef PASS
    PASS_COUNT
} PassId;

/* A function pass: rewrites one function of m, returns whether it changed it. */
typedef bool PassFn(IrModule *m, FuncId f);
#define PASS(id, name, fn, doc) PassFn fn;
#include "passes/passes.def"
#undef PASS

const char *pass_name(PassId p);
const char *pass_description(PassId p);
PassId      pass_lookup(const char *name, size_t len);   /* PASS_COUNT if unknown */

typedef struct PassOptions {
    bool verify_each;        /* run ir_verify after every pass; stop at the first failure */
    const char *dump_after;  /* a pass name or "all": print the module after it; NULL: never */
    FILE *dump_out;          /* where dumps go (headed "; ---- IR after PASS ----"); NULL: nowhere */
} PassOptions;

/* The pass list that -O0, -O1, -O2 stand for ("" at -O0). */
const char *pass_default_pipeline(int opt_level);

/* Checks a comma-separated pass list ("dce,simplify-cfg"; "" or NULL is
 * empty) and opt->dump_after (opt may be NULL), reporting each unknown or
 * empty name through diag.  Returns the number of problems found. */
uint32_t pass_list_check(const char *list, const PassOptions *opt, DiagEngine *diag);

/* Runs each pass of the list over every function of m, one pass after the
 * other.  Returns false after reporting a bad list (nothing runs) or, with
 * verify_each, the verifier's errors after the first pass that broke the
 * IR (the run stops there). */
bool pass_run_list(IrModule *m, const char *list, const PassOptions *opt, DiagEngine *diag);

/* Runs one pass over every function; true if it changed anything. */
bool pass_run(IrModule *m, PassId p);

#endif
