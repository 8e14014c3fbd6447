/* ops.c — property tables generated from ops.def, builtins.def and
 * IR_PREDS, and the name lookups the text parser uses.  These are the only
 * copies of the tables: the printer and the parser both read them here.
 * Also the reading of a py.method / py.builtin callee imm. */
#include "ir/ir.h"

#include <string.h>

static const struct {
    const char *text;
    int nargs;
    unsigned flags;
    ImmKind imm;
    const char *doc;
} ops[] = {
#define IR_OP(name, text, nargs, flags, imm, doc) {text, nargs, flags, imm, doc},
#include "ir/ops.def"
#undef IR_OP
};
_Static_assert(sizeof ops / sizeof ops[0] == IR_OP_COUNT, "ops table out of step with IrOp");

static const struct { const char *name; int min_args, max_args; } builtins[] = {
#define IR_BUILTIN(name, pyname, min_args, max_args) {pyname, min_args, max_args},
#include "ir/builtins.def"
#undef IR_BUILTIN
};

static const struct { const char *text, *python; } preds[] = {
#define X(name, text, py) {text, py},
    IR_PREDS(X)
#undef X
};

static const struct { const char *text, *python; } binops[] = {
#define X(name, text, py) {text, py},
    IR_BINOPS(X)
#undef X
};

static const struct { const char *text, *python; } unops[] = {
#define X(name, text, py) {text, py},
    IR_UNOPS(X)
#undef X
};

const char *ir_op_name(IrOp op) { return op < IR_OP_COUNT ? ops[op].text : "<bad op>"; }
int ir_op_nargs(IrOp op) { return op < IR_OP_COUNT ? ops[op].nargs : 0; }
unsigned ir_op_flags(IrOp op) { return op < IR_OP_COUNT ? ops[op].flags : 0; }
ImmKind ir_op_imm(IrOp op) { return op < IR_OP_COUNT ? ops[op].imm : IMM_NONE; }
const char *ir_op_doc(IrOp op) { return op < IR_OP_COUNT ? ops[op].doc : ""; }

bool ir_op_has_result(IrOp op)
{
    return op < IR_OP_COUNT && !(ops[op].flags & IR_TERM) && op != IR_GLOBAL_SET &&
           op != IR_PRINT && op != IR_PY_SETITEM && op != IR_PY_DELITEM && op != IR_ANNOT_CHECK;
}

const char *ir_builtin_name(IrBuiltin b) { return b < IR_BI_COUNT ? builtins[b].name : "<bad builtin>"; }
int ir_builtin_min_args(IrBuiltin b) { return b < IR_BI_COUNT ? builtins[b].min_args : 0; }
int ir_builtin_max_args(IrBuiltin b) { return b < IR_BI_COUNT ? builtins[b].max_args : 0; }
const char *ir_pred_name(IrPred p) { return p < IR_PRED_COUNT ? preds[p].text : "<bad pred>"; }
const char *ir_pred_python(IrPred p) { return p < IR_PRED_COUNT ? preds[p].python : "?"; }

const char *ir_binop_name(IrBinop b) { return b < IR_BINOP_COUNT ? binops[b].text : "<bad binop>"; }
const char *ir_binop_python(IrBinop b) { return b < IR_BINOP_COUNT ? binops[b].python : "?"; }
const char *ir_unop_name(IrUnop u) { return u < IR_UNOP_COUNT ? unops[u].text : "<bad unop>"; }
const char *ir_unop_python(IrUnop u) { return u < IR_UNOP_COUNT ? unops[u].python : "?"; }

bool ir_name_is(const char *s, size_t len, const char *name)
{
    return strlen(name) == len && memcmp(name, s, len) == 0;
}

bool ir_name_in(const char *s, size_t len, const char *const *names)
{
    for (; *names; names++)
        if (ir_name_is(s, len, *names)) return true;
    return false;
}

IrOp ir_op_lookup(const char *name, size_t len)
{
    uint32_t i = 0;
    while (i < IR_OP_COUNT && !ir_name_is(name, len, ops[i].text)) i++;
    return (IrOp)i;
}

IrBuiltin ir_builtin_lookup(const char *name, size_t len)
{
    uint32_t i = 0;
    while (i < IR_BI_COUNT && !ir_name_is(name, len, builtins[i].name)) i++;
    return (IrBuiltin)i;
}

IrPred ir_pred_lookup(const char *name, size_t len)
{
    uint32_t i = 0;
    while (i < IR_PRED_COUNT && !ir_name_is(name, len, preds[i].text)) i++;
    return (IrPred)i;
}

IrBinop ir_binop_lookup(const char *name, size_t len)
{
    uint32_t i = 0;
    while (i < IR_BINOP_COUNT && !ir_name_is(name, len, binops[i].text)) i++;
    return (IrBinop)i;
}

IrUnop ir_unop_lookup(const char *name, size_t len)
{
    uint32_t i = 0;
    while (i < IR_UNOP_COUNT && !ir_name_is(name, len, unops[i].text)) i++;
    return (IrUnop)i;
}

IrCallee ir_callee_parse(const char *imm, size_t len)
{
    IrCallee c = {imm, 0, false, NULL, 0, 0};
    while (c.name_len < len && imm[c.name_len] != ':' && imm[c.name_len] != '*') c.name_len++;
    size_t at = c.name_len;
    if (at < len && imm[at] == '*') {
        c.splat = true;
        at++;
    }
    if (at < len && imm[at] == ':') {
        c.kws = imm + at + 1;
        c.kws_len = len - at - 1;
        c.nkw = 1;
        for (size_t k = 0; k < c.kws_len; k++) c.nkw += c.kws[k] == ',';
    }
    return c;
}

const char *ir_callee_kw(const IrCallee *c, uint32_t j, size_t *len)
{
    const char *kw = c->kws, *end = c->kws + c->kws_len;
    for (; j > 0; j--) kw = (const char *)memchr(kw, ',', (size_t)(end - kw)) + 1;
    const char *comma = memchr(kw, ',', (size_t)(end - kw));
    *len = (size_t)((comma ? comma : end) - kw);
    return kw;
}
