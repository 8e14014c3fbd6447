/* lower_int.h — private to the lowering (lower*.c, ssa.c): the context that
 * one lower_module() call owns, and the helpers its files share.
 * Invariant: an expression yields a ValueId of the current function, or
 * LV_POISON once an error has been reported for it; whoever receives poison
 * passes it on silently, so each mistake is reported once. */
#ifndef PORTALIS_FRONTEND_LOWER_INT_H
#define PORTALIS_FRONTEND_LOWER_INT_H

#include "frontend/lower.h"

/* Past this nesting an expression is "too deeply nested" (CPython's own
 * compiler stops near 3000 too); keeps the recursive walk off the C stack's
 * end. */
enum { LOWER_MAX_DEPTH = 3000 };

#define LV_POISON (IR_NONE_ID - 2u)   /* an error was reported for this value */
#define LV_UNDEF (IR_NONE_ID - 1u)    /* SSA: no definition on some path */
/* Poison, undefined, or IR_NONE_ID ("no value"): nothing to build on. */
static inline bool lv_bad(ValueId v) { return v.id >= LV_POISON; }
static inline ValueId lv_poison(void) { return (ValueId){LV_POISON}; }

/* ---- small hash maps ------------------------------------------------------ */

/* string key -> uint32 (keys are borrowed, not copied) */
typedef struct LStrMap {
    const char **keys;
    uint32_t *vals;
    uint32_t cap, len;
} LStrMap;
uint32_t lower_smap_get(const LStrMap *m, const char *key);   /* IR_NONE_ID if absent */
void     lower_smap_put(LStrMap *m, const char *key, uint32_t val);
void     lower_smap_free(LStrMap *m);

/* uint64 key -> uint32 */
typedef struct LIntMap {
    uint64_t *keys;
    uint32_t *vals;
    uint32_t cap, len;
} LIntMap;
uint32_t lower_imap_get(const LIntMap *m, uint64_t key);      /* IR_NONE_ID if absent */
void     lower_imap_put(LIntMap *m, uint64_t key, uint32_t val);
void     lower_imap_free(LIntMap *m);

/* ---- module-level tables ---------------------------------------------------- */

typedef struct LFunc {
    const AstStmt *def;          /* NULL for __module__ */
    const char *name;
    FuncId id;
    uint32_t nparams;
    const char **param_names;
    TypeId *param_types;
    SrcLoc *param_locs;          /* each parameter (its annotation follows) */
    TypeId ret;
    SrcLoc ret_loc;              /* the return annotation, or the def */
    bool ret_annotated;
    TypeId ret_annot;            /* what the return annotation declares, or `?` */
    bool sig_ok;                 /* signature accepted: calls may be checked against it */
    bool rejected;               /* a lambda reported where it stands: its body is not lowered */
} LFunc;

typedef struct LGlobal {
    const char *name;
    GlobalId id;
    bool typed;                  /* type is known (annotation, literal or first store) */
    TypeId type;
    SrcLoc type_loc;             /* where the type came from */
    bool annotated;
    const AstStmt *init_stmt;    /* the module-level assignment that is its init, if any */
} LGlobal;

/* ---- per-function CFG and SSA state (ssa.c) ---------------------------------- */

typedef struct LPred {
    uint32_t from;               /* BlockId of the predecessor */
    uint32_t nargs;              /* explicit arguments (expression joins) */
    ValueId *args;
} LPred;

enum { LT_NONE, LT_BR, LT_CONDBR, LT_ITER, LT_RET };

/* Terminators are recorded here and built only when the function is done,
 * because SSA construction adds block parameters after branches exist. */
typedef struct LBlock {
    VEC(LPred) preds;
    VEC(uint32_t) incomplete;    /* phis waiting for the block to be sealed */
    bool sealed;                 /* every predecessor is known */
    uint8_t term;                /* LT_* */
    uint32_t operand;            /* condition, iterator or returned value */
    uint32_t succ[2];
    SrcLoc loc;
    uint32_t nexplicit;          /* leading parameters fed by explicit edge arguments */
    bool nonempty_loop;          /* a for-loop header whose body surely runs once: what
                                    is unbound on entry is bound at every exit */
    uint32_t item;               /* the iter.next item parameter, or IR_NONE_ID */
} LBlock;

typedef struct LPhi {
    uint32_t var, block, value;
    VEC(uint32_t) ops;           /* one per predecessor of block, in order */
    SrcLoc loc;                  /* the read that created it */
    bool dead;                   /* removed (trivial) or abandoned after an error */
} LPhi;

/* A jump target created on first use, so that code nobody reaches gets no
 * block at all (and is not lowered). */
typedef struct Label { uint32_t blk; } Label;
static inline Label label_new(void) { return (Label){IR_NONE_ID}; }

/* ---- variables of the current scope ------------------------------------------ */

typedef struct LVar {
    const char *name;
    StrId sname;
    TypeId decl;                 /* annotated type (a scalar or tuple: typed), or IR_NONE_ID */
    SrcLoc decl_loc;
    uint32_t annot;              /* its annotation's slot in IrFunc.annots, or IR_NONE_ID:
                                    stores of `?` values, or into a `?` decl, are checked */
    uint32_t global;             /* index into Lower.globals when it names a module global */
    bool reported;               /* an unbound/union error was already given */
    bool dynamic;                /* bound to values of different types: its joins are `?` */
} LVar;

/* A comprehension's own variable: the name resolves to var inside it. */
typedef struct LCompVar {
    const char *name;
    uint32_t var;
} LCompVar;

/* What one lowering attempt learnt for the next (lower_module retries):
 * variables ("func-index:name") and globals whose values have different
 * types, so that their joins and their slots are `?` from the start. */
typedef struct LowerHints {
    LStrMap vars;
    LStrMap globals;
    Arena keys;                  /* the keys' text */
    bool grew;                   /* a hint was added during this attempt */
} LowerHints;

typedef struct LLoop {
    Label *brk, *cont;
} LLoop;

typedef struct Lower {
    IrModule *m;
    DiagEngine *diag;
    Arena arena;                 /* scratch: strings for messages, tables */
    uint32_t nerrors;
    bool quiet;                  /* an attempt that may be retried: errors are only counted */
    LowerHints *hints;

    VEC(LFunc) funcs;            /* user functions, lambdas, then __module__ */
    LStrMap func_map;            /* def names (a lambda has no name to call it by) */
    LIntMap lambda_map;          /* a lambda's AstExpr address -> its index in funcs */
    VEC(LGlobal) globals;
    LStrMap global_map;

    /* the function being lowered */
    LFunc *fn;
    bool is_module;
    IrBuilder b;
    VEC(LVar) vars;
    LStrMap var_map;
    VEC(LCompVar) comp_vars;     /* the enclosing comprehensions' variables, innermost last */
    VEC(LLoop) loops;
    uint32_t depth;
    bool depth_reported;
    uint32_t nest;               /* statement nesting: 0 at a scope's top level */

    uint32_t cur;                /* current block, or IR_NONE_ID when unreachable */
    VEC(LBlock) blocks;
    LIntMap defs;                /* (var << 32 | block) -> value */
    VEC(LPhi) phis;
    LIntMap phi_of;              /* param ValueId -> phi index */
    VEC(uint32_t) fwd;           /* value replaced by another (trivial phis) */
    VEC(SrcLoc) vloc;            /* value -> the assignment that bound it to a name */
} Lower;

/* lower.c */
void lower_error(Lower *L, SrcLoc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void lower_note(Lower *L, SrcLoc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
bool lower_is_builtin(const char *name);
bool lower_is_generic_builtin(const char *name);   /* callable through py.builtin */
TypeId lower_vtype(Lower *L, ValueId v);
IrFunc *lower_irfn(Lower *L);
uint32_t lower_var_find(Lower *L, const char *name);  /* comprehension scopes first; IR_NONE_ID */
uint32_t lower_var_hidden(Lower *L, const char *name); /* a new variable no name maps to */
/* Records that a variable / global holds values of different types; true
 * when that is new (the attempt then fails and lower_module retries). */
bool lower_hint_var(Lower *L, uint32_t var);
bool lower_hint_global(Lower *L, uint32_t global);
/* A lambda as a value: the function it was lifted to (see declare_lambdas). */
ValueId lower_lambda(Lower *L, const AstExpr *e);

/* lower_types.c */
/* The type an annotation declares (ir.h's IrAnnot: may be a dict, an
 * Optional, ...), or `?` for one that declares nothing to check (Any, a
 * class, object). */
TypeId      lower_annotation(Lower *L, const AstExpr *ann);
/* The IR type of a slot with that annotation: itself for a scalar or a
 * tuple of scalars, else `?` (inferred; the annotation is only checked). */
TypeId      lower_slot_type(Lower *L, TypeId ann);
bool        lower_admits_none(Lower *L, TypeId ann);            /* None fits it */
const char *lower_type_name(Lower *L, TypeId t);              /* "tuple[int, float]" */
const char *lower_type_an(Lower *L, TypeId t);                /* "an int", "None" */
const char *lower_unparse(Lower *L, const AstExpr *e);        /* short source-like text */
bool        lower_is_num(TypeId t);                           /* bool, int or float */
ValueId     lower_to_int(Lower *L, ValueId v);                /* bool -> int */
ValueId     lower_to_float(Lower *L, ValueId v);              /* bool/int -> float */
bool        lower_printable(Lower *L, TypeId t);
/* Untyped code (passes/TYPEINFER.md): a value of type `?` has its type
 * inferred after the lowering; operations on it are the generic py.* ops.
 * Containers are always `?` here (they become the dynamic object type). */
static inline bool lower_unknown(TypeId t) { return t.id == IR_TYPE_UNKNOWN; }
const char *lower_pyname(Lower *L, TypeId t);                 /* CPython's name: "NoneType" */

/* ssa.c */
void     ssa_begin(Lower *L);                     /* entry block 0 becomes current */
void     ssa_end(Lower *L);                       /* frees the per-function state */
bool     ssa_finish(Lower *L);                    /* builds terminators; false on error */
uint32_t ssa_block_new(Lower *L);
ValueId  ssa_block_param(Lower *L, uint32_t blk, TypeId t, StrId name);  /* explicit */
void     ssa_start(Lower *L, uint32_t blk, bool seal);
void     ssa_seal(Lower *L, uint32_t blk);
void     ssa_goto(Lower *L, uint32_t blk, const ValueId *args, uint32_t n);
void     ssa_condbr(Lower *L, ValueId cond, uint32_t t, uint32_t f);
void     ssa_condbr_args(Lower *L, ValueId cond, uint32_t t, const ValueId *targs, uint32_t nt,
                         uint32_t f, const ValueId *fargs, uint32_t nf);
void     ssa_iter_next(Lower *L, ValueId it, uint32_t body, uint32_t exit);
void     ssa_ret(Lower *L, ValueId v, SrcLoc loc);
void     ssa_unreachable(Lower *L);               /* ends the block: nothing follows */
uint32_t ssa_label_block(Lower *L, Label *lb);    /* creates it on first use */
void     ssa_jump(Lower *L, Label *lb);
void     ssa_branch(Lower *L, ValueId cond, Label *t, Label *f);
void     ssa_bind(Lower *L, Label *lb);           /* starts and seals it, or marks dead */
ValueId  ssa_read(Lower *L, uint32_t var, SrcLoc loc);
void     ssa_write(Lower *L, uint32_t var, ValueId v, SrcLoc loc);
static inline bool ssa_live(const Lower *L) { return L->cur != IR_NONE_ID; }

/* lower_expr.c */
ValueId lower_expr(Lower *L, const AstExpr *e);
void    lower_cond(Lower *L, const AstExpr *e, Label *t, Label *f);
ValueId lower_truth(Lower *L, ValueId v, SrcLoc loc);   /* bool of any value */
ValueId lower_name_load(Lower *L, const AstExpr *e);
bool    lower_depth_enter(Lower *L, SrcLoc loc);
bool    lower_int_literal(const AstExpr *e, int64_t *out);   /* n or -n, fitting int64 */
static inline void lower_depth_leave(Lower *L) { L->depth--; }

ValueId lower_arith(Lower *L, AstOperator op, ValueId a, ValueId b, const AstExpr *right, SrcLoc loc);
ValueId lower_not(Lower *L, ValueId truth);             /* not of a bool or `?` truth value */
IrBinop lower_binop_of(AstOperator op);                 /* IR_BINOP_COUNT for @ */
/* A generic op at loc: imm the interned name (NULL: 0); result `?`. */
ValueId lower_generic(Lower *L, IrOp op, const char *name, const ValueId *args, uint32_t n, SrcLoc loc);
typedef VEC(ValueId) ValVec;

/* lower_call.c */
ValueId lower_call(Lower *L, const AstExpr *e, bool want);
ValueId lower_attribute(Lower *L, const AstExpr *e);   /* x.attr as a value */

/* lower_container.c */
ValueId lower_list_display(Lower *L, const AstExpr *e);
ValueId lower_set_display(Lower *L, const AstExpr *e);
ValueId lower_dict_display(Lower *L, const AstExpr *e);
ValueId lower_starred_tuple(Lower *L, const AstExpr *e);
/* A new list of the items (starred ones spliced in), e.g. starred call arguments. */
ValueId lower_build_list(Lower *L, const AstExprList *items, SrcLoc loc);
ValueId lower_subscript(Lower *L, const AstExpr *e);
ValueId lower_index(Lower *L, const AstExpr *slice);    /* the index or py.slice of a[...] */
ValueId lower_comprehension(Lower *L, const AstExpr *e); /* list/set/dict comprehensions */
ValueId lower_genexp_list(Lower *L, const AstExpr *e);   /* a generator expression as a list */
ValueId lower_any_all(Lower *L, const AstExpr *genexp, bool is_any, SrcLoc loc);
ValueId lower_fstring(Lower *L, const AstExpr *e);
/* The iterator over src (range/tuple: iter.new, else py.iter); *elem its items' type. */
ValueId lower_iter_of(Lower *L, ValueId src, TypeId *elem, SrcLoc loc);

/* lower_stmt.c */
void lower_stmts(Lower *L, const AstStmtList *body);
void lower_store(Lower *L, const AstExpr *target, ValueId v, SrcLoc loc);
void lower_store_var(Lower *L, uint32_t var, ValueId v, SrcLoc loc, const AstExpr *value);
/* A loop over iterator it: jumps to a new header whose iter.next enters a
 * new body (current on return, item its value) or leaves to *out. */
typedef struct LLoopHead {
    uint32_t header, body;
    ValueId item;
} LLoopHead;
LLoopHead lower_loop_enter(Lower *L, ValueId it, TypeId elem, StrId hint, Label *out, SrcLoc loc);

/* Calls f on each direct child expression of e (iterative walkers use it). */
typedef void LowerExprVisit(void *ctx, const AstExpr *child);
void lower_expr_children(const AstExpr *e, LowerExprVisit *f, void *ctx);

#endif
