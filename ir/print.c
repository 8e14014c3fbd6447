/* print.c — the text form of the IR (parse.c reads it back; the two share
 * the op tables in ops.c and this grammar).  Printing is deterministic:
 * blocks print as block<index>, values are renumbered v0, v1, ... in block
 * order (parameters, then results), so print(parse(print(m))) == print(m).
 *
 *   module   := ['module' STRING] global* func*    (printed after '; portalisc IR')
 *   global   := 'global' SYM ':' type ['=' literal] ['const'] [loc] ['annot' type [loc]]
 *   func     := 'fn' SYM '(' [type (',' type)*] ')' '->' type [loc] '{' annot* block+ '}'
 *   annot    := 'annot' INT [STRING] ':' type [loc]  (IrFunc.annots: slot, name, type)
 *   block    := BLOCK ['(' param (',' param)* ')'] ':' inst*
 *   param    := VALUE [STRING] ':' type
 *   inst     := [VALUE [STRING] ':' type '='] body [loc]
 *   body     := 'const.int' INT | 'const.float' FLOAT | 'const.bool' ('true'|'false')
 *             | 'const.str' STRING | 'const.none'
 *             | OP PRED VALUE ',' VALUE                       (*.cmp)
 *             | 'tuple.get' VALUE ',' INT
 *             | 'global.get' SYM | 'global.set' SYM ',' VALUE
 *             | 'call' SYM '(' values ')' | 'builtin' NAME '(' values ')'
 *             | 'print' [values ','] 'sep=' VALUE ',' 'end=' VALUE
 *             | 'br' edge | 'condbr' VALUE ',' edge ',' edge
 *             | 'iter.next' VALUE ',' edge ',' edge | 'ret' VALUE | 'unreachable'
 *             | OP [values]                                   (every other op)
 *   edge     := BLOCK ['(' values ')']
 *   type     := 'int' | 'list[' type ']' | 'tuple[' [type (',' type)*] ']' | 'tuple[' type ',...]'
 *             | 'fn(' [types] ')->' type | ...        (as ir_type_print writes)
 *   loc      := '!' LINE ':' COL                  (a source position, line > 0)
 *   literal  := INT | FLOAT | 'true' | 'false' | STRING | 'None'
 *   SYM      := '@' [A-Za-z0-9_.]+ | '@' STRING
 *   VALUE    := 'v' DIGITS     BLOCK := 'block' DIGITS
 *   FLOAT    := the shortest round-trip decimal, always with '.' or 'e';
 *               'inf', '-inf', 'nan'
 *   STRING   := '"' with \\ \" \n \t \r \xHH (and \0 \a \b \f \v \uXXXX on input) '"'
 * ';' starts a comment to the end of the line. */
#include "ir/ir_impl.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void irx_format_float(double v, StrBuf *out)
{
    if (isnan(v)) {
        sb_puts(out, "nan");
        return;
    }
    if (isinf(v)) {
        sb_puts(out, v < 0 ? "-inf" : "inf");
        return;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) break;
    }
    sb_puts(out, buf);
    if (!strpbrk(buf, ".e")) sb_puts(out, ".0");
}

void irx_quote(const char *s, size_t len, StrBuf *out)
{
    sb_putc(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\\': sb_puts(out, "\\\\"); break;
        case '"': sb_puts(out, "\\\""); break;
        case '\n': sb_puts(out, "\\n"); break;
        case '\t': sb_puts(out, "\\t"); break;
        case '\r': sb_puts(out, "\\r"); break;
        default:
            if (c < 0x20 || c == 0x7f) sb_printf(out, "\\x%02x", c);
            else sb_putc(out, (char)c);
        }
    }
    sb_putc(out, '"');
}

static bool symbol_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.';
}

void irx_print_symbol(const char *s, size_t len, StrBuf *out)
{
    sb_putc(out, '@');
    bool plain = len > 0;
    for (size_t i = 0; i < len; i++) plain = plain && symbol_char((unsigned char)s[i]);
    if (plain) sb_putn(out, s, len);
    else irx_quote(s, len, out);
}

static void print_str_symbol(const IrModule *m, StrId s, StrBuf *out)
{
    irx_print_symbol(ir_str(m, s), ir_str_len(m, s), out);
}

uint32_t *irx_number_values(const IrFunc *f)
{
    uint32_t *num = xmalloc(sizeof *num * (f->values.len ? f->values.len : 1));
    for (uint32_t v = 0; v < f->values.len; v++) num[v] = IR_NONE_ID;
    uint32_t next = 0;
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        const IrBlock *blk = &f->blocks.data[b];
        for (uint32_t k = 0; k < blk->params.len; k++)
            if (blk->params.data[k].id < f->values.len) num[blk->params.data[k].id] = next++;
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            uint32_t i = blk->insts.data[k].id;
            uint32_t r = i < f->insts.len ? f->insts.data[i].result : IR_NONE_ID;
            if (r < f->values.len && num[r] == IR_NONE_ID) num[r] = next++;
        }
    }
    return num;
}

/* Robust against broken ids: the verifier quotes instructions it rejects. */
static void print_value(const IrFunc *f, const uint32_t *num, uint32_t v, StrBuf *out)
{
    if (v < f->values.len && num[v] != IR_NONE_ID) sb_printf(out, "v%" PRIu32, num[v]);
    else sb_printf(out, "v?%" PRIu32, v);
}

static void print_values(const IrFunc *f, const uint32_t *num, const uint32_t *vs, uint32_t n,
                         StrBuf *out)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_puts(out, ", ");
        print_value(f, num, vs[i], out);
    }
}

static void print_edge(const IrFunc *f, const uint32_t *num, IrEdge e, StrBuf *out)
{
    sb_printf(out, "block%" PRIu32, e.target.id);
    if (!e.nargs) return;
    sb_putc(out, '(');
    print_values(f, num, e.args, e.nargs, out);
    sb_putc(out, ')');
}

static void print_type(const IrModule *m, TypeId t, StrBuf *out) { ir_type_print(m, t, out); }

/* The value being defined: vN ["name"]: type */
static void print_def(const IrModule *m, const IrFunc *f, const uint32_t *num, uint32_t v,
                      StrBuf *out)
{
    print_value(f, num, v, out);
    if (v >= f->values.len) return;
    const IrValue *val = &f->values.data[v];
    if (ir_valid(val->name.id)) {
        sb_putc(out, ' ');
        irx_quote(ir_str(m, val->name), ir_str_len(m, val->name), out);
    }
    sb_puts(out, ": ");
    print_type(m, val->type, out);
}

static void print_imm(const IrModule *m, ImmKind kind, uint64_t imm, StrBuf *out)
{
    switch (kind) {
    case IMM_INT:
        if (imm < m->ints.len) sb_printf(out, "%" PRId64, m->ints.data[imm]);
        else sb_puts(out, "<bad int>");
        break;
    case IMM_FLOAT:
        if (imm < m->floats.len) irx_format_float(m->floats.data[imm], out);
        else sb_puts(out, "<bad float>");
        break;
    case IMM_BOOL: sb_puts(out, imm ? "true" : "false"); break;
    case IMM_STR:
        irx_quote(ir_str(m, (StrId){(uint32_t)imm}), ir_str_len(m, (StrId){(uint32_t)imm}), out);
        break;
    case IMM_PRED: sb_puts(out, ir_pred_name((IrPred)imm)); break;
    case IMM_BINOP: sb_puts(out, ir_binop_name((IrBinop)imm)); break;
    case IMM_UNOP: sb_puts(out, ir_unop_name((IrUnop)imm)); break;
    case IMM_INDEX: sb_printf(out, "%" PRIu64, imm); break;
    case IMM_BUILTIN: sb_puts(out, ir_builtin_name((IrBuiltin)imm)); break;
    case IMM_FUNC:
        if (imm < m->funcs.len) print_str_symbol(m, m->funcs.data[imm].name, out);
        else sb_puts(out, "@<bad function>");
        break;
    case IMM_GLOBAL:
        if (imm < m->globals.len) print_str_symbol(m, m->globals.data[imm].name, out);
        else sb_puts(out, "@<bad global>");
        break;
    case IMM_NONE: break;
    }
}

/* Operand syntax by the op's imm kind (ops.def); parse_body in parse.c is
 * the mirror image of this function. */
static void print_body(const IrModule *m, const IrFunc *f, const uint32_t *num, InstId i,
                       StrBuf *out)
{
    const IrInst *in = &f->insts.data[i.id];
    IrOp op = (IrOp)in->op;
    uint64_t imm = f->imms.data[i.id];
    bool extra_ok = irx_operands_ok(f, i);
    const uint32_t *args = extra_ok ? ir_inst_args(f, i) : NULL;
    uint32_t n = extra_ok ? ir_inst_nargs(f, i) : 0;
    sb_puts(out, ir_op_name(op));
    if (!extra_ok) {
        sb_puts(out, " <bad operands>");
        return;
    }
    switch (op) {
    case IR_BR:
    case IR_CONDBR:
    case IR_ITER_NEXT: {
        sb_putc(out, ' ');
        if (op != IR_BR) {
            print_value(f, num, ir_term_operand(f, i).id, out);
            sb_puts(out, ", ");
        }
        for (uint32_t s = 0, ns = ir_term_nsuccs(f, i); s < ns; s++) {
            if (s) sb_puts(out, ", ");
            print_edge(f, num, ir_term_succ(f, i, s), out);
        }
        return;
    }
    case IR_PRINT:
        sb_putc(out, ' ');
        if (n < 2) {
            sb_puts(out, "<bad operands>");
            return;
        }
        print_values(f, num, args, n - 2, out);
        sb_puts(out, n > 2 ? ", sep=" : "sep=");
        print_value(f, num, args[n - 2], out);
        sb_puts(out, ", end=");
        print_value(f, num, args[n - 1], out);
        return;
    default: break;
    }
    switch (ir_op_imm(op)) {
    case IMM_NONE:
        if (n) sb_putc(out, ' ');
        print_values(f, num, args, n, out);
        break;
    case IMM_PRED:                         /* int.cmp lt v1, v2 */
    case IMM_BINOP:                        /* py.binop add v1, v2 */
    case IMM_UNOP:                         /* py.unop neg v1 */
    case IMM_GLOBAL:                       /* global.set @g, v1 */
    case IMM_FUNC:                         /* call @f(v1, v2) */
    case IMM_BUILTIN: {                    /* builtin divmod(v1, v2) */
        bool call = ir_op_imm(op) == IMM_FUNC || ir_op_imm(op) == IMM_BUILTIN;
        sb_putc(out, ' ');
        print_imm(m, ir_op_imm(op), imm, out);
        if (call) sb_putc(out, '(');
        else if (n) sb_puts(out, ir_op_imm(op) == IMM_GLOBAL ? ", " : " ");
        print_values(f, num, args, n, out);
        if (call) sb_putc(out, ')');
        break;
    }
    case IMM_INDEX:
        sb_putc(out, ' ');
        print_values(f, num, args, n, out);
        sb_puts(out, ", ");
        print_imm(m, IMM_INDEX, imm, out);
        break;
    default:                               /* constants: the immediate alone */
        sb_putc(out, ' ');
        print_imm(m, ir_op_imm(op), imm, out);
        if (n) sb_putc(out, ' ');              /* py.method "name" v1, v2 */
        print_values(f, num, args, n, out);
        break;
    }
}

static void print_loc(SrcLoc loc, StrBuf *out)
{
    if (loc.line) sb_printf(out, " !%" PRIu32 ":%" PRIu32, loc.line, loc.col);
}

void irx_print_inst(const IrModule *m, const IrFunc *f, const uint32_t *num, InstId i,
                    StrBuf *out)
{
    if (i.id >= f->insts.len) {
        sb_printf(out, "<bad instruction %" PRIu32 ">", i.id);
        return;
    }
    const IrInst *in = &f->insts.data[i.id];
    if (in->result != IR_NONE_ID) {
        print_def(m, f, num, in->result, out);
        sb_puts(out, " = ");
    }
    print_body(m, f, num, i, out);
    print_loc(f->locs.data[i.id], out);
}

void ir_func_print(const IrModule *m, FuncId fid, StrBuf *out)
{
    const IrFunc *f = &m->funcs.data[fid.id];
    uint32_t *num = irx_number_values(f);
    sb_puts(out, "fn ");
    print_str_symbol(m, f->name, out);
    sb_putc(out, '(');
    uint32_t np = ir_type_nparams(m, f->type);
    for (uint32_t i = 0; i + 1 < np; i++) {
        if (i) sb_puts(out, ", ");
        print_type(m, ir_type_param(m, f->type, i), out);
    }
    sb_puts(out, ") -> ");
    print_type(m, ir_func_ret_type(m, f->type), out);
    print_loc(f->loc, out);
    sb_puts(out, " {\n");
    for (uint32_t i = 0; i < f->annots.len; i++) {
        const IrAnnot *a = ir_func_annot(f, i);
        if (!a) continue;
        sb_printf(out, "    annot %" PRIu32, i);
        if (ir_valid(a->name.id)) {
            sb_putc(out, ' ');
            irx_quote(ir_str(m, a->name), ir_str_len(m, a->name), out);
        }
        sb_puts(out, ": ");
        print_type(m, a->type, out);
        print_loc(a->loc, out);
        sb_putc(out, '\n');
    }
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        const IrBlock *blk = &f->blocks.data[b];
        sb_printf(out, "block%" PRIu32, b);
        if (blk->params.len) {
            sb_putc(out, '(');
            for (uint32_t k = 0; k < blk->params.len; k++) {
                if (k) sb_puts(out, ", ");
                print_def(m, f, num, blk->params.data[k].id, out);
            }
            sb_putc(out, ')');
        }
        sb_puts(out, ":\n");
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            sb_puts(out, "    ");
            irx_print_inst(m, f, num, blk->insts.data[k], out);
            sb_putc(out, '\n');
        }
    }
    sb_puts(out, "}\n");
    free(num);
}

static void print_global(const IrModule *m, const IrGlobal *g, StrBuf *out)
{
    sb_puts(out, "global ");
    print_str_symbol(m, g->name, out);
    sb_puts(out, ": ");
    print_type(m, g->type, out);
    ImmKind kind;
    if (g->has_init) {
        sb_puts(out, " = ");
        if (!irx_init_kind(g->type, &kind)) sb_puts(out, "<no literal of this type>");
        else if (kind == IMM_NONE) sb_puts(out, "None");
        else print_imm(m, kind, g->init, out);
    }
    if (g->is_constant) sb_puts(out, " const");
    print_loc(g->loc, out);
    if (ir_valid(g->annot.type.id)) {
        sb_puts(out, " annot ");
        print_type(m, g->annot.type, out);
        print_loc(g->annot.loc, out);
    }
    sb_putc(out, '\n');
}

void ir_module_print(const IrModule *m, StrBuf *out)
{
    sb_puts(out, "; portalisc IR\n");
    if (ir_valid(m->source_name.id)) {
        sb_puts(out, "module ");
        irx_quote(ir_str(m, m->source_name), ir_str_len(m, m->source_name), out);
        sb_putc(out, '\n');
    }
    for (uint32_t g = 0; g < m->globals.len; g++) print_global(m, &m->globals.data[g], out);
    for (uint32_t f = 0; f < m->funcs.len; f++) {
        sb_putc(out, '\n');
        ir_func_print(m, (FuncId){f}, out);
    }
}
