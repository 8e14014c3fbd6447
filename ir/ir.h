/* ir.h — the typed SSA IR of portalisc: the public face of ir/.
 *
 * A module owns types, interned strings, a constant pool, globals and
 * functions.  A function owns flat arrays of values, instructions and blocks,
 * all addressed by 32-bit handles (ValueId, InstId, BlockId) — never by
 * pointers — so a pass, a worker thread or the GPU can read the arrays as
 * they are.  Blocks take parameters instead of phi nodes (Cranelift style);
 * a branch passes one argument per parameter.  Every value has a type.
 *
 * Invariants checked by ir_verify(): each block ends in exactly one
 * terminator and has none before it; every use is dominated by its
 * definition; operand and result types agree with the opcode; branch
 * arguments match the target's parameters in number and type. */
#ifndef PORTALIS_IR_H
#define PORTALIS_IR_H

#include "support/support.h"

/* ---- handles -------------------------------------------------------------- */

typedef struct { uint32_t id; } TypeId;
typedef struct { uint32_t id; } StrId;      /* interned string in the module */
typedef struct { uint32_t id; } ValueId;
typedef struct { uint32_t id; } InstId;
typedef struct { uint32_t id; } BlockId;
typedef struct { uint32_t id; } FuncId;
typedef struct { uint32_t id; } GlobalId;

#define IR_NONE_ID UINT32_MAX               /* "no value/block/..." */
static inline bool ir_valid(uint32_t id) { return id != IR_NONE_ID; }

/* ---- types ---------------------------------------------------------------- */

/*          KIND       text        params */
#define IR_TYPE_KINDS(X)                                                 \
    X(NONE,     "None",     0)  /* the type of None */                   \
    X(BOOL,     "bool",     0)                                           \
    X(INT,      "int",      0)                                           \
    X(FLOAT,    "float",    0)                                           \
    X(STR,      "str",      0)                                           \
    X(BYTES,    "bytes",    0)                                           \
    X(OBJECT,   "object",   0)  /* dynamic tagged value (fallback) */    \
    X(RANGE,    "range",    0)                                           \
    X(UNKNOWN,  "?",        0)  /* not inferred yet: only before specialize */ \
    X(LIST,     "list",     1)  /* shared: Rc<RefCell<Vec<T>>> in Rust */ \
    X(VEC,      "vec",      1)  /* a list with one owner (passes/ownership.c) */ \
    X(SET,      "set",      1)                                           \
    X(DICT,     "dict",     2)  /* shared: Rc<RefCell<Dict<K, V>>> in Rust */ \
    X(MAP,      "map",      2)  /* a dict with one owner (passes/ownership.c) */ \
    X(OPTIONAL, "Optional", 1)                                           \
    X(ITER,     "iter",     1)  /* iterator yielding params[0] */        \
    X(TUPLE,    "tuple",   -1)  /* any number of element types */       \
    X(FUNC,     "fn",      -1)  /* params..., then the return type */   \
    X(UNION,    "Union",   -1)  /* annotations only: one of params */   \
    X(VARTUPLE, "tuple",    1)  /* annotations only: tuple[T,...] */

typedef enum TypeKind {
#define X(kind, text, nparams) TY_##kind,
    IR_TYPE_KINDS(X)
#undef X
    TY_KIND_COUNT
} TypeKind;

/* Annotation types (IrAnnot below) use every kind but iter, range and fn:
 * dict, set, Optional, Union and VARTUPLE (a tuple of any length, printed
 * `tuple[int,...]`) type no value yet, and `object` inside an annotation
 * stands for any type (`list` is list[object]).
 * The primitive types are interned first, so their ids are fixed. */
enum {
    IR_TYPE_NONE = 0, IR_TYPE_BOOL, IR_TYPE_INT, IR_TYPE_FLOAT, IR_TYPE_STR,
    IR_TYPE_BYTES, IR_TYPE_OBJECT, IR_TYPE_RANGE, IR_TYPE_UNKNOWN, IR_TYPE_FIRST_COMPOUND
};
static inline TypeId ir_type(uint32_t id) { return (TypeId){id}; }

typedef struct IrTypeInfo {
    uint8_t kind;            /* TypeKind */
    uint32_t nparams;        /* element/parameter types that follow */
    uint32_t params;         /* index into IrModule.type_params */
} IrTypeInfo;

/* ---- opcodes ------------------------------------------------------------ */

#define IR_VARIADIC (-1)
enum { IR_PURE = 1, IR_RAISES = 2, IR_TERM = 4, IR_EFFECT = 8, IR_GENERIC = 16 };

/* What IrInst.imm holds, per opcode (the imm column of ops.def). */
typedef enum ImmKind {
    IMM_NONE,      /* unused (0) */
    IMM_INT,       /* index into IrModule.ints */
    IMM_FLOAT,     /* index into IrModule.floats */
    IMM_BOOL,      /* 0 or 1 */
    IMM_STR,       /* StrId */
    IMM_PRED,      /* IrPred */
    IMM_INDEX,     /* a small non-negative index */
    IMM_BUILTIN,   /* IrBuiltin */
    IMM_FUNC,      /* FuncId */
    IMM_GLOBAL,    /* GlobalId */
    IMM_BINOP,     /* IrBinop */
    IMM_UNOP,      /* IrUnop */
} ImmKind;

typedef enum IrOp {
#define IR_OP(name, text, nargs, flags, imm, doc) IR_##name,
#include "ir/ops.def"
#undef IR_OP
    IR_OP_COUNT
} IrOp;

typedef enum IrBuiltin {
#define IR_BUILTIN(name, pyname, min_args, max_args) IR_BI_##name,
#include "ir/builtins.def"
#undef IR_BUILTIN
    IR_BI_COUNT
} IrBuiltin;

/* Comparison predicates (imm of *.cmp).  IS/IS_NOT only on None. */
#define IR_PREDS(X) X(EQ, "eq", "==") X(NE, "ne", "!=") X(LT, "lt", "<") \
    X(LE, "le", "<=") X(GT, "gt", ">") X(GE, "ge", ">=")                 \
    X(IS, "is", "is") X(IS_NOT, "is_not", "is not")
typedef enum IrPred {
#define X(name, text, py) IR_PRED_##name,
    IR_PREDS(X)
#undef X
    IR_PRED_COUNT
} IrPred;

/* The Python operators of the generic ops py.binop and py.unop (their imm). */
/*   NAME       text        Python */
#define IR_BINOPS(X) X(ADD, "add", "+") X(SUB, "sub", "-") X(MUL, "mul", "*")            \
    X(TRUEDIV, "truediv", "/") X(FLOORDIV, "floordiv", "//") X(MOD, "mod", "%")          \
    X(POW, "pow", "**") X(LSHIFT, "lshift", "<<") X(RSHIFT, "rshift", ">>")              \
    X(BITAND, "bitand", "&") X(BITOR, "bitor", "|") X(BITXOR, "bitxor", "^")
typedef enum IrBinop {
#define X(name, text, py) IR_BINOP_##name,
    IR_BINOPS(X)
#undef X
    IR_BINOP_COUNT
} IrBinop;
#define IR_UNOPS(X) X(NEG, "neg", "-") X(POS, "pos", "+") X(INVERT, "invert", "~")
typedef enum IrUnop {
#define X(name, text, py) IR_UNOP_##name,
    IR_UNOPS(X)
#undef X
    IR_UNOP_COUNT
} IrUnop;

const char *ir_op_name(IrOp op);           /* "int.add" */
int         ir_op_nargs(IrOp op);          /* fixed count or IR_VARIADIC */
unsigned    ir_op_flags(IrOp op);
ImmKind     ir_op_imm(IrOp op);
const char *ir_builtin_name(IrBuiltin b);  /* "divmod" */
const char *ir_pred_name(IrPred p);        /* "lt" */
const char *ir_pred_python(IrPred p);      /* "<" */
const char *ir_binop_name(IrBinop b);      /* "floordiv" */
const char *ir_binop_python(IrBinop b);    /* "//" */
const char *ir_unop_name(IrUnop u);        /* "neg" */
const char *ir_unop_python(IrUnop u);      /* "-" */

/* ---- values, instructions, blocks -------------------------------------- */

typedef enum ValueDef { VAL_PARAM, VAL_INST } ValueDef;

typedef struct IrValue {
    TypeId type;
    uint8_t def;             /* ValueDef */
    uint32_t owner;          /* defining InstId, or BlockId for a parameter */
    StrId name;              /* Python name it carries, or IR_NONE_ID: a hint for dumps and emitters */
} IrValue;

/* 16 bytes, pinned below.  Operands: for an op with at most two fixed
 * operands, args[0..1]; for IR_VARIADIC ops and those with more than two
 * (range.new), args[0] = start index into IrFunc.extra and args[1] =
 * count.  Branch operand layout in extra[] (see ir_branch_* helpers):
 *   br:        block, nargs, args...
 *   condbr:    cond, then_block, nthen, args..., else_block, nelse, args...
 *   iter.next: iterator, body_block, nbody, args..., exit_block, nexit, args...
 *              (the body block takes one more parameter than nbody: the item) */
typedef struct IrInst {
    uint16_t op;             /* IrOp */
    uint16_t pad;
    uint32_t result;         /* ValueId, or IR_NONE_ID when the op yields nothing */
    uint32_t args[2];
} IrInst;
_Static_assert(sizeof(IrInst) == 16, "IrInst must stay 16 bytes");

typedef struct IrBlock {
    VEC(ValueId) params;
    VEC(InstId) insts;       /* in order; the last one is the terminator */
} IrBlock;

/* A Python annotation, which typeinfer checks and nothing trusts: the type
 * it declares and where it is written.  Where the annotation is a scalar
 * (or a tuple of scalars) the slot's IR type is that type too; anywhere
 * else (a list, a dict, an Optional, ...) the IR type stays `?` and
 * inference decides, because CPython does not enforce annotations: they
 * never change what a program computes, they only reject contradictions. */
typedef struct IrAnnot {
    TypeId type;             /* IR_NONE_ID: no annotation */
    StrId name;              /* the annotated parameter, variable or global; IR_NONE_ID for a return */
    SrcLoc loc;
} IrAnnot;

typedef struct IrFunc {
    StrId name;
    TypeId type;             /* a TY_FUNC type: parameter types, then return type */
    SrcLoc loc;              /* the def statement */
    /* Empty, or slots 0..n-1 for the n parameters, slot n for the return,
     * then one per annotated local variable (named by annot.check). */
    VEC(IrAnnot) annots;
    VEC(IrValue) values;
    VEC(IrInst) insts;
    VEC(uint64_t) imms;      /* imms.data[i] is the immediate of insts.data[i] */
    VEC(SrcLoc) locs;        /* locs.data[i] is the source position of insts.data[i] */
    VEC(uint32_t) extra;     /* variadic operand storage */
    VEC(IrBlock) blocks;     /* blocks.data[0] is the entry; its params are the function's */
} IrFunc;

typedef struct IrGlobal {
    StrId name;
    TypeId type;
    SrcLoc loc;
    bool is_constant;        /* never reassigned: emitted as a constant; has_init is set */
    bool has_init;           /* bound to init before any code runs; else reads check for NameError */
    uint64_t init;           /* by type: int -> IrModule.ints index, float -> floats index,
                                bool -> 0/1, str -> StrId */
    IrAnnot annot;           /* its annotation (type IR_NONE_ID: none) */
} IrGlobal;

typedef struct IrModule {
    Arena arena;             /* strings and everything else that never moves */
    /* interned strings: StrId -> bytes (may contain NUL; length kept) */
    VEC(const char *) strs;
    VEC(uint32_t) str_lens;
    void *str_index;         /* private hash index */
    /* types, hash-consed: equal types have equal ids */
    VEC(IrTypeInfo) types;
    VEC(TypeId) type_params;
    void *type_index;        /* private hash index */
    /* constant pool */
    VEC(int64_t) ints;
    VEC(double) floats;
    VEC(IrGlobal) globals;
    VEC(IrFunc) funcs;
    FuncId entry;            /* the module's top-level code, named "__module__" */
    StrId source_name;       /* "prog.py", for tracebacks */
} IrModule;

/* ---- module, strings, types ------------------------------------------- */

IrModule *ir_module_new(void);
void      ir_module_free(IrModule *m);

StrId       ir_intern(IrModule *m, const char *s, size_t len);
StrId       ir_intern_cstr(IrModule *m, const char *s);
const char *ir_str(const IrModule *m, StrId s);
uint32_t    ir_str_len(const IrModule *m, StrId s);

TypeId ir_type_get(IrModule *m, TypeKind kind, const TypeId *params, uint32_t nparams);
TypeId ir_type_list(IrModule *m, TypeId elem);
TypeId ir_type_vec(IrModule *m, TypeId elem);
/* A typed list: list[T] (shared) or vec[T] (single owner). */
bool   ir_type_is_list(const IrModule *m, TypeId t);
TypeId ir_type_map(IrModule *m, TypeId key, TypeId value);
/* A typed dict: dict[K,V] (shared) or map[K,V] (single owner). */
bool   ir_type_is_dict(const IrModule *m, TypeId t);
/* A container the ownership pass decides for: a typed list or dict. */
bool   ir_type_is_ownable(const IrModule *m, TypeId t);
/* vec[T] or map[K,V]: one owner, lent by reference, moved at its last use. */
bool   ir_type_is_owned(const IrModule *m, TypeId t);
TypeId ir_type_tuple(IrModule *m, const TypeId *elems, uint32_t n);
TypeId ir_type_iter(IrModule *m, TypeId elem);
TypeId ir_type_func(IrModule *m, const TypeId *params, uint32_t nparams, TypeId ret);
TypeKind ir_type_kind(const IrModule *m, TypeId t);
uint32_t ir_type_nparams(const IrModule *m, TypeId t);
TypeId   ir_type_param(const IrModule *m, TypeId t, uint32_t i);
TypeId   ir_func_ret_type(const IrModule *m, TypeId fn_type);
static inline bool ir_type_eq(TypeId a, TypeId b) { return a.id == b.id; }
void ir_type_print(const IrModule *m, TypeId t, StrBuf *out);  /* "tuple[int,float]" */
bool ir_type_has_unknown(const IrModule *m, TypeId t);        /* `?` anywhere inside t */

/* The result type of op on operands of these types, or IR_NONE_ID if the
 * combination is ill-typed (used by the builder and the verifier).  call,
 * global.get and tuple.get are typed from the callee, the global and the
 * tuple named by imm; builtin answers IR_TYPE_ANY (the caller gives the
 * result type) when its operands are acceptable.  Ops that yield nothing
 * (global.set, print, br, condbr, unreachable) answer IR_TYPE_NONE when
 * well-typed.  For terminators arg_types holds only ir_term_operand's type:
 * condbr's bool, iter.next's iterator (answering its element type), ret's
 * value (answering its type, for the caller to compare with the function's).
 * m is const, so tuple.new and iter.new answer a tuple/iter type only if it
 * is already interned; the builder interns it first.  Untyped IR: the
 * generic py.* ops accept any operands and answer IR_TYPE_UNKNOWN; call,
 * global.set, condbr and print let a `?` match the slot's type. */
uint32_t ir_op_result(const IrModule *m, IrOp op, uint64_t imm, const TypeId *arg_types, uint32_t nargs);

/* The type a generic op that stays generic after specialize yields: object,
 * bool for py.cmp/py.truth/py.contains, str for py.format, iter[object] for
 * py.iter, a tuple of objects for py.unpack(_ex), None for the effects. */
uint32_t ir_generic_result(IrModule *m, IrOp op, uint64_t imm);

/* ---- globals and functions ------------------------------------------- */

GlobalId ir_global_new(IrModule *m, StrId name, TypeId type, SrcLoc loc);
IrGlobal *ir_global(IrModule *m, GlobalId g);

/* Creates a function with an entry block whose parameters have the
 * parameter types of fn_type; param_names may be NULL. */
FuncId  ir_func_new(IrModule *m, StrId name, TypeId fn_type, const StrId *param_names, SrcLoc loc);
IrFunc *ir_func(IrModule *m, FuncId f);
FuncId  ir_func_find(const IrModule *m, StrId name);     /* IR_NONE_ID if absent */
/* Appends a deep copy of f named name (values, instructions and blocks keep
 * their ids); pointers into m->funcs are stale afterwards. */
FuncId  ir_func_copy(IrModule *m, FuncId f, StrId name);
/* Frees the functions from index n on (the last ones appended). */
void    ir_funcs_truncate(IrModule *m, uint32_t n);
/* The length of f's Python name: its IR name up to the first '.', which no
 * Python name contains (a clone per call signature, passes/clone.c, is
 * named `f.sig`); diagnostics and tracebacks use that prefix. */
uint32_t ir_func_py_name_len(const IrModule *m, const IrFunc *f);
/* The annotation in slot i of f (see IrFunc.annots), or NULL. */
const IrAnnot *ir_func_annot(const IrFunc *f, uint32_t slot);
/* Sets slot i, growing annots with empty slots as needed. */
void ir_func_set_annot(IrFunc *f, uint32_t slot, IrAnnot a);

/* ---- builder ------------------------------------------------------------ */

/* Appends instructions at the end of the current block.  Ill-typed calls are
 * caller bugs: the builder asserts in debug builds and the verifier reports
 * them; user type errors are diagnosed by the lowering, before building. */
typedef struct IrBuilder {
    IrModule *m;
    FuncId func;
    BlockId block;           /* the current insertion block */
    SrcLoc loc;              /* attached to each new instruction */
} IrBuilder;

void    ir_builder_init(IrBuilder *b, IrModule *m, FuncId f);
BlockId ir_block_new(IrBuilder *b);
ValueId ir_block_add_param(IrBuilder *b, BlockId blk, TypeId type, StrId name);
void    ir_builder_set_block(IrBuilder *b, BlockId blk);
bool    ir_block_terminated(const IrBuilder *b, BlockId blk);
ValueId ir_func_param(const IrModule *m, FuncId f, uint32_t i);

ValueId ir_const_int(IrBuilder *b, int64_t v);
ValueId ir_const_float(IrBuilder *b, double v);
ValueId ir_const_bool(IrBuilder *b, bool v);
ValueId ir_const_str(IrBuilder *b, const char *s, size_t len);
ValueId ir_const_none(IrBuilder *b);
/* Unary/binary ops with operand-determined result types. */
ValueId ir_unop(IrBuilder *b, IrOp op, ValueId a);
ValueId ir_binop(IrBuilder *b, IrOp op, ValueId a, ValueId c);
ValueId ir_cmp(IrBuilder *b, IrOp op, IrPred pred, ValueId a, ValueId c);
/* A generic op (py.binop/unop/cmp/truth; untyped IR): imm is its IrBinop,
 * IrUnop or IrPred (0 for py.truth); c is ignored by the unary ones. */
ValueId ir_py_op(IrBuilder *b, IrOp op, uint64_t imm, ValueId a, ValueId c);
/* Any generic op (ops.def's IR_GENERIC rows) with result `?`; operands as
 * the op's row says (py.dict: k1, v1, k2, v2, ...; py.method: the receiver
 * first).  Returns IR_NONE_ID for py.setitem and py.delitem. */
ValueId ir_py_generic(IrBuilder *b, IrOp op, uint64_t imm, const ValueId *args, uint32_t n);
/* Any op, with the result type given for those that declare theirs
 * (builtin, obj.unbox, generic ops); ignored for the others. */
ValueId ir_emit(IrBuilder *b, IrOp op, uint64_t imm, const ValueId *args, uint32_t n, TypeId declared);
ValueId ir_tuple_new(IrBuilder *b, const ValueId *elems, uint32_t n);
ValueId ir_tuple_get(IrBuilder *b, ValueId tuple, uint32_t index);
ValueId ir_range_new(IrBuilder *b, ValueId start, ValueId stop, ValueId step);
ValueId ir_iter_new(IrBuilder *b, ValueId iterable);
ValueId ir_builtin(IrBuilder *b, IrBuiltin which, const ValueId *args, uint32_t n, TypeId result);
ValueId ir_call(IrBuilder *b, FuncId callee, const ValueId *args, uint32_t n);
ValueId ir_global_get(IrBuilder *b, GlobalId g);
void    ir_global_set(IrBuilder *b, GlobalId g, ValueId v);
void    ir_print(IrBuilder *b, const ValueId *args, uint32_t n, ValueId sep, ValueId end);
/* v is stored where annotation `slot` of the function applies (IrFunc.annots). */
void    ir_annot_check(IrBuilder *b, ValueId v, uint32_t slot);
/* Terminators. */
void ir_br(IrBuilder *b, BlockId target, const ValueId *args, uint32_t n);
void ir_condbr(IrBuilder *b, ValueId cond, BlockId then_blk, const ValueId *then_args,
               uint32_t nthen, BlockId else_blk, const ValueId *else_args, uint32_t nelse);
void ir_iter_next(IrBuilder *b, ValueId iter, BlockId body, const ValueId *body_args,
                  uint32_t nbody, BlockId exit, const ValueId *exit_args, uint32_t nexit);
void ir_ret(IrBuilder *b, ValueId v);
void ir_unreachable(IrBuilder *b);

/* ---- reading instructions -------------------------------------------- */

static inline IrInst *ir_inst(IrFunc *f, InstId i) { return &f->insts.data[i.id]; }
static inline IrValue *ir_value(IrFunc *f, ValueId v) { return &f->values.data[v.id]; }
static inline IrBlock *ir_block(IrFunc *f, BlockId b) { return &f->blocks.data[b.id]; }
/* Operands of any instruction as one array (fixed or variadic), without
 * the branch layout decoding: for terminators use the helpers below. */
uint32_t        ir_inst_nargs(const IrFunc *f, InstId i);
const uint32_t *ir_inst_args(const IrFunc *f, InstId i);   /* ValueId ids */

/* One outgoing edge of a terminator: the target block and its arguments. */
typedef struct IrEdge {
    BlockId target;
    uint32_t nargs;
    const uint32_t *args;    /* ValueId ids, pointing into extra[] */
} IrEdge;
uint32_t ir_term_nsuccs(const IrFunc *f, InstId term);       /* 0, 1 or 2 */
IrEdge   ir_term_succ(const IrFunc *f, InstId term, uint32_t i);
ValueId  ir_term_operand(const IrFunc *f, InstId term);      /* cond / iterator / returned value */
InstId   ir_block_term(const IrFunc *f, BlockId b);          /* IR_NONE_ID if not terminated */

/* ---- analyses ------------------------------------------------------------ */

/* Predecessors, reverse postorder and immediate dominators of a function;
 * owned by the caller, freed with ir_cfg_free. */
typedef struct IrCfg {
    uint32_t nblocks;
    VEC(uint32_t) *preds;    /* preds[b]: predecessor BlockIds */
    uint32_t *rpo;           /* reachable blocks in reverse postorder */
    uint32_t nrpo;
    uint32_t *rpo_index;     /* position of each block in rpo, IR_NONE_ID if unreachable */
    uint32_t *idom;          /* immediate dominator, IR_NONE_ID for entry/unreachable */
} IrCfg;
void ir_cfg_build(IrFunc *f, IrCfg *cfg);
void ir_cfg_free(IrCfg *cfg);
bool ir_cfg_dominates(const IrCfg *cfg, BlockId a, BlockId b);

/* ---- verify, print, parse --------------------------------------------- */

/* Checks every invariant above; reports each violation through diag (no
 * source position: "portalisc: error: in @f, block3: ...") and returns the
 * number found. */
uint32_t ir_verify(IrModule *m, DiagEngine *diag);
/* The same checks on IR before type inference: `?` types and the generic
 * py.* ops are allowed, and wherever a value flows into a slot of a given
 * type (branch arguments, call arguments, ret, global.set, condbr, print's
 * sep/end) a `?` on either side matches.  ir_verify rejects every `?` (in a
 * value, a signature or a global) and every generic op. */
uint32_t ir_verify_untyped(IrModule *m, DiagEngine *diag);

/* The text form.  Deterministic: values and blocks are numbered in block
 * order when printed, so print(parse(print(m))) == print(m). */
void ir_module_print(const IrModule *m, StrBuf *out);
void ir_func_print(const IrModule *m, FuncId f, StrBuf *out);

/* Parses the text form.  Returns NULL after reporting diagnostics with
 * positions in the text (file_id registered in diag). */
IrModule *ir_parse(DiagEngine *diag, uint32_t file_id);

/* ---- helpers added with the implementation --------------------------- */

/* ir_op_result's answer for `builtin`: the operands are acceptable and the
 * result type is the one the instruction declares. */
#define IR_TYPE_ANY (UINT32_MAX - 1)

bool        ir_op_has_result(IrOp op);     /* false for terminators, global.set, print */
const char *ir_op_doc(IrOp op);
int         ir_builtin_min_args(IrBuiltin b);
int         ir_builtin_max_args(IrBuiltin b);
/* Name -> enum, for parsers and tools; the COUNT value when unknown. */
IrOp      ir_op_lookup(const char *name, size_t len);
IrBuiltin ir_builtin_lookup(const char *name, size_t len);
IrPred    ir_pred_lookup(const char *name, size_t len);
IrBinop   ir_binop_lookup(const char *name, size_t len);
IrUnop    ir_unop_lookup(const char *name, size_t len);

/* Whether the len bytes at s (a name inside an imm, not NUL-terminated)
 * are the C string name; whether they are one of names (NULL-terminated). */
bool ir_name_is(const char *s, size_t len, const char *name);
bool ir_name_in(const char *s, size_t len, const char *const *names);

/* The callee of a py.method / py.builtin, read from its imm: "name",
 * "name*" (the first argument operand is the list of positional arguments),
 * "name:kw1,kw2" (the last operands are those keyword arguments) or both,
 * "name*:kw1".  Its pointers point into the imm, which has no NUL at the
 * end of each part. */
typedef struct IrCallee {
    const char *name;
    size_t name_len;
    bool splat;              /* "name*" */
    const char *kws;         /* "kw1,kw2"; NULL: no keyword arguments */
    size_t kws_len;
    uint32_t nkw;            /* the number of keyword arguments */
} IrCallee;

IrCallee    ir_callee_parse(const char *imm, size_t len);
/* Keyword argument j (< c->nkw) of c, *len bytes. */
const char *ir_callee_kw(const IrCallee *c, uint32_t j, size_t *len);
/* Neither a splat nor keywords: the operands are the positional arguments. */
static inline bool ir_callee_plain(const IrCallee *c) { return !c->splat && !c->kws; }

/* The id of an already interned type, or IR_NONE_ID; never creates one. */
uint32_t ir_type_find(const IrModule *m, TypeKind kind, const TypeId *params, uint32_t nparams);

/* Replaces successor i of a terminator (target and arguments).  args may
 * point into f->extra: it is copied before extra grows. */
void ir_term_set_succ(IrFunc *f, InstId term, uint32_t i, BlockId target,
                      const uint32_t *args, uint32_t nargs);

/* Calls fn once for every value operand of an instruction — including a
 * terminator's operand and its branch arguments, never its block targets —
 * with a pointer to the slot holding the ValueId, so a pass may rewrite it. */
typedef void IrUseFn(void *ctx, uint32_t *slot);
void ir_inst_visit_uses(IrFunc *f, InstId i, IrUseFn *fn, void *ctx);

/* ---- typed lists and dicts (ownuse.c) ------------------------------------ */

/* What instruction i does with its operand k when that is a typed list or
 * dict (ir_type_is_ownable). */
typedef enum IrOwnUse {
    IR_USE_READ,             /* reads it for the instruction only */
    IR_USE_CHANGE,           /* changes it in place (append, xs[i] = x, d[k] = v, ...) */
    IR_USE_ITER,             /* an iterator (or dict view) that reads it while it lives */
    IR_USE_MOVE,             /* takes it over: returned, or a branch argument */
    IR_USE_MOVE_CHANGE,      /* changes it and yields it (xs += ys, xs *= n) */
    IR_USE_LEND,             /* a call argument: the callee borrows it */
    IR_USE_OTHER             /* anything else (keeps it, compares identity) */
} IrOwnUse;
IrOwnUse ir_own_use(const IrModule *m, const IrFunc *f, InstId i, uint32_t k);
/* Per function, per parameter: whether a typed list or dict parameter is
 * changed by the function or by a callee it is lent to (then passed as
 * &mut).  Free with ir_changed_params_free. */
bool **ir_changed_params(const IrModule *m);
void   ir_changed_params_free(const IrModule *m, bool **changed);

#endif
