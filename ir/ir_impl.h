/* ir_impl.h — private to ir/: the hash index behind interning, low-level
 * constructors shared by the builder and the text parser, and the pieces
 * of the printer the verifier reuses to quote instructions.  Nothing
 * outside ir/ includes this header. */
#ifndef PORTALIS_IR_IMPL_H
#define PORTALIS_IR_IMPL_H

#include "ir/ir.h"

/* ---- hash index: maps a hash to ids whose equality the caller decides ---- */

typedef struct IrIndexSlot { uint32_t hash, id; } IrIndexSlot;
typedef struct IrIndex {
    IrIndexSlot *slots;      /* open addressing, linear probing; id IR_NONE_ID = empty */
    uint32_t cap, len;       /* cap is 0 or a power of two */
} IrIndex;

typedef bool IrIndexEq(const void *ctx, uint32_t id);
uint32_t irx_index_find(const IrIndex *ix, uint32_t hash, IrIndexEq *eq, const void *ctx);
void     irx_index_insert(IrIndex *ix, uint32_t hash, uint32_t id);
void     irx_index_free(IrIndex *ix);
uint32_t irx_hash(const void *bytes, size_t n, uint32_t seed);   /* FNV-1a */

/* ---- construction ------------------------------------------------------- */

/* Whether an op's operands live in extra[] (variadic, or more than the two
 * that IrInst.args holds) rather than in IrInst.args. */
static inline bool irx_op_in_extra(IrOp op)
{
    int n = ir_op_nargs(op);
    return n == IR_VARIADIC || n > 2;
}

/* Whether instruction i's operand words are in range of extra[] and, for a
 * terminator, its edge layout is self-consistent: the decoding helpers of
 * ir.h may then be used on it. */
bool irx_operands_ok(const IrFunc *f, InstId i);

ValueId irx_value_new(IrFunc *f, TypeId type, ValueDef def, uint32_t owner);
/* Appends an instruction to blk with operand words a0, a1 (see IrInst).
 * result is the ValueId it defines or IR_NONE_ID; its owner is set. */
InstId  irx_inst_append(IrFunc *f, BlockId blk, IrOp op, uint32_t a0, uint32_t a1,
                        uint64_t imm, SrcLoc loc, uint32_t result);
/* ir_op_result, allowed to intern the tuple/iter type it answers. */
uint32_t irx_op_result(IrModule *m, IrOp op, uint64_t imm, const TypeId *arg_types,
                       uint32_t nargs, bool create);

/* ---- immediates and global initial values ---------------------------------- */

/* How many distinct immediates of this kind m can name (pool sizes,
 * 2 for bools, ...); UINT64_MAX for kinds without a bound (IMM_INDEX). */
uint64_t irx_imm_limit(const IrModule *m, ImmKind kind);
/* The literal kind of a global's initial value of type t: IMM_INT, IMM_FLOAT,
 * IMM_BOOL, IMM_STR, or IMM_NONE for None; false if t has no literals. */
bool irx_init_kind(TypeId t, ImmKind *kind);

/* ---- printing pieces ---------------------------------------------------- */

/* Shortest text that strtod reads back as exactly v, always with a '.',
 * an exponent, or one of inf/-inf/nan, so it reads as a float. */
void irx_format_float(double v, StrBuf *out);
/* s as a double-quoted literal with C/Python escapes. */
void irx_quote(const char *s, size_t len, StrBuf *out);
/* @name, or @"..." when name is not made of [A-Za-z0-9_.]. */
void irx_print_symbol(const char *s, size_t len, StrBuf *out);

/* Dense print numbering of one function: num[v] is the printed number of
 * ValueId v (IR_NONE_ID when no block defines it).  Caller frees num. */
uint32_t *irx_number_values(const IrFunc *f);
/* One instruction in the text form, without indentation or newline. */
void irx_print_inst(const IrModule *m, const IrFunc *f, const uint32_t *num, InstId i,
                    StrBuf *out);

#endif
