/* passes.h — the public face of passes/: the pass table (passes.def) and
 * the pass manager that runs a comma-separated list of passes over a
 * module, optionally verifying and dumping after each one.  Passes rewrite
 * the module in place; none prints, exits or keeps global state. */
#ifndef PORTALIS_PASSES_H
#define PORTALIS_PASSES_H

#include "ir/ir.h"

typedef enum PassId {
#define PASS(id, name, kind, fn, doc) PASS_##id,
#include "passes/passes.def"
#undef PASS
    PASS_COUNT
} PassId;

typedef enum PassKind { PASS_KIND_FUNC, PASS_KIND_MODULE } PassKind;

/* typeinfer's result: a lattice value per SSA value (typeinfer.c). */
typedef struct PassTypes PassTypes;

/* What a module pass sees.  types is the last typeinfer result, or NULL
 * when none is current (the manager drops it when a pass changes the IR). */
typedef struct PassContext {
    IrModule *m;
    DiagEngine *diag;
    PassTypes *types;
    bool warn_dynamic;       /* -Wdynamic: specialize warns at each value that became object */
    bool typed_lists;        /* typeinfer gives lists element types (else they are object) */
} PassContext;

/* A function pass: rewrites one function of m, returns whether it changed it. */
typedef bool PassFn(IrModule *m, FuncId f);
/* A module pass: returns false after reporting errors through cx->diag. */
typedef bool ModulePassFn(PassContext *cx);
#define PASS_DECL_FUNC(fn) PassFn fn;
#define PASS_DECL_MODULE(fn) ModulePassFn fn;
#define PASS(id, name, kind, fn, doc) PASS_DECL_##kind(fn)
#include "passes/passes.def"
#undef PASS

const char *pass_name(PassId p);
const char *pass_description(PassId p);
PassKind    pass_kind(PassId p);
PassId      pass_lookup(const char *name, size_t len);   /* PASS_COUNT if unknown */

typedef struct PassOptions {
    bool verify_each;        /* run ir_verify after every pass; stop at the first failure */
    const char *dump_after;  /* a pass name or "all": print the module after it; NULL: never */
    FILE *dump_out;          /* where dumps go (headed "; ---- IR after PASS ----"); NULL: nowhere */
    bool warn_dynamic;       /* -Wdynamic (see PassContext) */
    bool typed_lists;        /* see PassContext */
} PassOptions;

/* The pass list that -O0, -O1, -O2 stand for ("" at -O0). */
const char *pass_default_pipeline(int opt_level);

/* Checks a comma-separated pass list ("dce,simplify-cfg"; "" or NULL is
 * empty) and opt->dump_after (opt may be NULL), reporting each unknown or
 * empty name through diag.  Returns the number of problems found. */
uint32_t pass_list_check(const char *list, const PassOptions *opt, DiagEngine *diag);

/* Runs each pass of the list over m, one pass after the other (a function
 * pass over every function).  Returns false after reporting a bad list
 * (nothing runs), a module pass's errors, or, with verify_each, the
 * verifier's errors after the first pass that broke the IR (the run stops
 * there).  verify_each checks untyped IR (ir_verify_untyped) until
 * specialize has run, strictly typed IR (ir_verify) after. */
bool pass_run_list(IrModule *m, const char *list, const PassOptions *opt, DiagEngine *diag);

/* Whether the comma-separated list names pass p. */
bool pass_list_contains(const char *list, PassId p);

/* ---- type inference (typeinfer.c), for specialize and the tests ---------- */

/* The lattice ⊥ ⊑ {None, bool, int, float, str, tuple[...], ...} ⊑ object:
 * a TypeId of m, or PASS_TYPE_BOTTOM; IR_TYPE_OBJECT is the top. */
#define PASS_TYPE_BOTTOM IR_NONE_ID
/* The least upper bound; may intern a tuple type in m. */
uint32_t pass_type_join(IrModule *m, uint32_t a, uint32_t b);

/* Runs the fixpoint over the whole module and checks the annotations (the
 * concrete types already in the IR, and the IrAnnot records), reporting
 * contradictions through diag (NULL: no checks, as in clone's trials).
 * Never NULL; *errors (may be NULL) gets the number reported.  The result
 * describes m as it is now; free it with pass_types_free.  With
 * typed_lists, lists get per-site element types (sites.h), else object. */
PassTypes *pass_types_infer(IrModule *m, DiagEngine *diag, uint32_t *errors, bool typed_lists);
void       pass_types_free(PassTypes *t);
/* The lattice value of value v of function f; of f's return. */
uint32_t   pass_types_value(const PassTypes *t, FuncId f, ValueId v);
uint32_t   pass_types_return(const PassTypes *t, FuncId f);
uint32_t   pass_types_global(const PassTypes *t, GlobalId g);
/* For a value that is object: two of the types whose join made it so
 * (PASS_TYPE_BOTTOM twice when it became object otherwise). */
void       pass_types_why(const PassTypes *t, FuncId f, ValueId v, uint32_t *a, uint32_t *b);
void       pass_types_return_why(const PassTypes *t, FuncId f, uint32_t *a, uint32_t *b);
/* When the container instruction i of f makes (a list, dict or set site)
 * became object: the instruction where that happened. */
bool       pass_types_escaped_at(const PassTypes *t, FuncId f, InstId i, FuncId *at_f, InstId *at);

/* Diagnostic helpers shared by typeinfer and specialize.  pass_report puts
 * the position in the message when loc has no file (IR read from text). */
void pass_report(DiagEngine *diag, const IrModule *m, const IrFunc *f, SrcLoc loc, const char *msg);
void pass_type_phrase(const IrModule *m, uint32_t t, StrBuf *out);        /* "an int", "None" */
void pass_describe_value(const IrModule *m, const IrFunc *f, uint32_t v, StrBuf *out); /* "'x'" */

#endif
