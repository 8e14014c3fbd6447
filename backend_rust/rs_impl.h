/* rs_impl.h — shared between the files of backend_rust/ only.
 *
 * A function is translated in four steps: structure.c turns its CFG into a
 * tree of structured statements (RsStmt: loops, ifs, labelled blocks, jumps,
 * parallel copies) and polishes it; emit_expr.c decides which SSA values are
 * nested into their single use and renders expressions; scope.c hoists the
 * declaration of a value read outside the scope of its definition; emit.c
 * prints the tree.  Block parameters become Rust variables: a parameter of a block with
 * exactly one incoming edge is an alias of its argument, the others are
 * `let` variables assigned by the parallel copy on each incoming edge.
 * Between the value analysis and the tree, coalesce.c lets values that never
 * live at once share one variable, so most of those copies vanish. */
#ifndef PORTALIS_RS_IMPL_H
#define PORTALIS_RS_IMPL_H

#include "backend_rust/rust.h"

typedef enum RsKind {
    RS_CODE,       /* the non-terminator instructions of .block */
    RS_DECL,       /* declare the variables of .block's live parameters */
    RS_COPY,       /* parallel copy on edge .succ of .block's terminator */
    RS_IF,         /* if .value { body } else { els } (condbr of .block) */
    RS_IFNEXT,     /* if let Some(item) = it.next() { body } else { els } */
    RS_LOOP,       /* loop { body } headed by .block */
    RS_WHILE,      /* while [!].value { body } */
    RS_FOR,        /* for item in iterable(.value) { body } */
    RS_BLOCK,      /* labelled block: break to it continues at .follow */
    RS_BREAK,      /* leave .target (a loop or a block) */
    RS_CONTINUE,   /* next iteration of .target */
    RS_RETURN,     /* return .value (terminator of .block) */
    RS_UNREACHABLE,
    RS_HOIST       /* declare .value, assigned where it is defined (scope.c) */
} RsKind;

typedef struct RsStmt RsStmt;
typedef VEC(RsStmt *) RsList;

struct RsStmt {
    RsKind kind;
    uint32_t block;          /* the IR block this statement comes from */
    uint32_t succ;           /* RS_COPY: successor index */
    uint32_t value;          /* condition / iterator / returned value */
    uint32_t follow;         /* RS_BLOCK: the block after it */
    bool negate;             /* RS_IF/RS_WHILE: test the negated condition */
    bool label_used;         /* a jump names this construct's label */
    uint32_t nbreaks;        /* jumps that leave this construct */
    RsStmt *target;          /* RS_BREAK/RS_CONTINUE */
    RsList body, els;
};

/* Per-value facts (indexed by ValueId). */
enum { RS_V_DEAD, RS_V_CONST, RS_V_INLINE, RS_V_LET, RS_V_VAR, RS_V_ALIAS,
       RS_V_ITEM, RS_V_PARAM, RS_V_FORITER };

typedef struct RsFn {
    IrModule *m;
    IrFunc *f;
    FuncId fid;
    DiagEngine *diag;
    bool ok;                 /* false once a diagnostic was reported */
    bool is_main;
    IrCfg cfg;
    uint32_t nvals, nblocks;
    /* values */
    uint8_t *vkind;          /* RS_V_* */
    uint32_t *alias;         /* root value of an alias chain */
    uint32_t *var;           /* a root's Rust variable: the representative of its class (coalesce.c) */
    uint32_t *uses;          /* effective uses (alias uses added to the root) */
    uint32_t *use_block;     /* block of the last use seen */
    uint32_t *def_block;     /* defining block */
    uint32_t *def_pos;       /* position of the defining inst in its block */
    bool *live;              /* a block parameter whose value is read */
    bool *needs_mut;
    bool *annotate;          /* declare with an explicit type */
    bool *hoisted;           /* declared by an RS_HOIST, assigned at its definition */
    char **pat_name;         /* a hoisted loop item: the name its pattern binds */
    char **name;             /* Rust name of a named value */
    const char **override;   /* temporary renaming during a parallel copy */
    /* blocks */
    bool *is_header;
    uint32_t *hdr;           /* innermost loop header containing the block */
    uint32_t *loop_parent;   /* enclosing loop header of a header */
    uint32_t *place;         /* the block whose code holds this block's code */
    bool *is_exit;           /* placed after the loop of place[] */
    bool *has_stmts;         /* RS_CODE of the block prints something */
    bool *uses_for;          /* header translated as a Rust `for` */
    bool generic;            /* rendering into a generic context: suffix literals */
    char **func_names;       /* Rust names of the module's functions */
    char **global_names;     /* Rust names of the module's globals */
    bool **changed_params;   /* per function, per parameter: a vec[T] or map[K,V] lent as &mut (ir_changed_params) */
    Arena arena;             /* statements and names */
    RsList body;
} RsFn;

/* emit_object.c: the dynamic object type's ops (OBJECT.md).  Renders
 * value v's instruction if it is one of them (else returns false); the
 * statement form of py.setitem / py.delitem. */
bool rs_render_object_inst(RsFn *fn, StrBuf *out, uint32_t v);
void rs_render_object_stmt(RsFn *fn, StrBuf *out, InstId i);

/* emit_list.c: typed lists (list[T] as py::List<T>).  Render value v's
 * instruction / statement i when it works on a typed list, reporting the
 * shapes the runtime lacks; false when no typed list is involved. */
bool rs_render_list_inst(RsFn *fn, StrBuf *out, uint32_t v);
bool rs_render_list_stmt(RsFn *fn, StrBuf *out, InstId i);
/* emit_dict.c: typed dicts (dict[K,V] as py::DictRef<K, V>, map[K,V] as
 * py::Dict<K, V>), as emit_list.c. */
bool rs_render_dict_inst(RsFn *fn, StrBuf *out, uint32_t v);
bool rs_render_dict_stmt(RsFn *fn, StrBuf *out, InstId i);
/* emit_set.c: typed sets (set[T] as py::SetRef<T>), as emit_list.c; a set
 * op is always an expression. */
bool rs_render_set_inst(RsFn *fn, StrBuf *out, uint32_t v);
/* Whether the set display of operands a[0..n) is one CPython compiles to a
 * frozenset constant (more than two constants), which orders it differently. */
bool rs_set_display_folded(RsFn *fn, const uint32_t *a, uint32_t n);
/* Whether v is a parameter of the function: a lent vec[T] or map[K,V] is
 * already a reference. */
bool rs_is_param(RsFn *fn, uint32_t v);
/* A vec[T] or map[K,V] call argument: `&xs` / `&mut xs` (changed), or the
 * reference a parameter already is. */
void rs_render_lent(RsFn *fn, StrBuf *out, uint32_t v, bool changed);
/* The type of a vec[T] parameter: `&[T]`, or `&mut Vec<T>` when changed;
 * of a map[K,V] parameter: `&py::Dict<K, V>` or `&mut py::Dict<K, V>`. */
void rs_render_lent_type(RsFn *fn, StrBuf *out, TypeId t, bool changed);
/* Marks `mut` the owned Vecs and Dicts this function changes or lends as &mut. */
void rs_mark_vec_mut(RsFn *fn);
/* Whether the module changes an owned Vec through a py::VecOps method. */
bool rs_uses_vec_ops(const IrModule *m);

/* structure.c */
void rs_structure(RsFn *fn);
bool rs_in_loop(const RsFn *fn, uint32_t block, uint32_t header);
uint32_t rs_nedges_in(const RsFn *fn, uint32_t block);
bool rs_can_fall(const RsList *list);
bool rs_edge_has_copies(RsFn *fn, uint32_t block, uint32_t succ);

void rs_structure_build(RsFn *fn);
void rs_list_free(RsList *l);

/* coalesce.c: fills var[], putting copy-related values whose live ranges
 * do not interfere into one Rust variable. */
void rs_coalesce(RsFn *fn);

/* Whether the edge argument arg flowing into block parameter param is
 * printed as a copy (they live in different variables). */
static inline bool rs_copy_needed(const RsFn *fn, uint32_t arg, uint32_t param)
{
    return fn->vkind[param] == RS_V_VAR && fn->var[fn->alias[arg]] != fn->var[param];
}

/* scope.c: where each variable (a class of coalesced values) is declared:
 * at its first definition when that scope holds all its definitions and
 * uses, else by an RS_HOIST; sets hoisted (a member assigned, not declared)
 * and needs_mut. */
void rs_scope_values(RsFn *fn);

/* emit_expr.c */
void rs_analyse_values(RsFn *fn);
void rs_render_value(RsFn *fn, StrBuf *out, uint32_t v, int prec, bool move);
void rs_put_str_literal(StrBuf *out, const char *s, uint32_t len);
void rs_render_inst(RsFn *fn, StrBuf *out, uint32_t v, int prec);
void rs_wrap_from(StrBuf *out, size_t at, const char *before, const char *after);
void rs_render_str_ref(RsFn *fn, StrBuf *out, uint32_t v);
void rs_render_iterable(RsFn *fn, StrBuf *out, uint32_t iter);
void rs_render_cond(RsFn *fn, StrBuf *out, uint32_t v, bool negate);
bool rs_type_str(RsFn *fn, TypeId t, StrBuf *out, SrcLoc loc);
bool rs_type_is_copy(const IrModule *m, TypeId t);
bool rs_type_nameable(const IrModule *m, TypeId t);
bool rs_reads_var(RsFn *fn, uint32_t v, uint32_t var);
bool rs_is_unit(const IrModule *m, TypeId t);
void rs_unsupported(RsFn *fn, SrcLoc loc, const char *what);
/* "this OP on a typed CONTAINER" at instruction i: a shape the typed
 * container's emitter (emit_list.c, emit_dict.c, emit_set.c) lacks. */
void rs_unsupported_on(RsFn *fn, InstId i, const char *container);
/* Value v stored into a typed container, by value; an int literal names
 * its type (an all-literal container would otherwise be one of i32). */
void rs_render_stored(RsFn *fn, StrBuf *out, uint32_t v);
SrcLoc rs_value_loc(RsFn *fn, uint32_t v);
enum { RS_PREC_LOWEST = 0, RS_PREC_RANGE = 5, RS_PREC_OR = 10, RS_PREC_AND = 20,
       RS_PREC_CMP = 30, RS_PREC_BITOR = 40, RS_PREC_BITXOR = 45, RS_PREC_BITAND = 50,
       RS_PREC_SHIFT = 55, RS_PREC_ADD = 60, RS_PREC_MUL = 70, RS_PREC_AS = 75,
       RS_PREC_UNARY = 80, RS_PREC_POSTFIX = 90, RS_PREC_ATOM = 100 };

/* emit_names.c */
typedef struct RsNames RsNames;
RsNames *rs_names_new(void);
void rs_names_free(RsNames *n);
void rs_names_reserve(RsNames *n, const char *name);
/* A fresh Rust identifier from a Python name (keywords escaped, clashes
 * numbered); the string lives in arena. */
char *rs_names_fresh(RsNames *n, Arena *arena, const char *py, uint32_t len);
void rs_ident(StrBuf *out, const char *py, uint32_t len);   /* escaped, not deduplicated */
bool rs_is_snake(const char *name);

#endif
