/* emit_object.c — the Rust for the dynamic object type: boxing and unboxing,
 * the generic py.* ops that stay generic after specialize, and f-string
 * assembly.  Each op is one call into the runtime (backend_rust/OBJECT.md
 * is the contract): operands by reference where the runtime only reads
 * them, by value (cloned unless it is their last use) where it keeps them. */
#include "backend_rust/rs_impl.h"

static TypeId vtype(RsFn *fn, uint32_t v) { return fn->f->values.data[v].type; }

static const uint32_t *inst_args(RsFn *fn, uint32_t v, uint32_t *n)
{
    InstId i = {fn->f->values.data[v].owner};
    *n = ir_inst_nargs(fn->f, i);
    return ir_inst_args(fn->f, i);
}

/* &x: literals get their suffix, so `&py::Obj::from(1_i64)` has one type. */
static void by_ref(RsFn *fn, StrBuf *out, uint32_t v)
{
    bool old = fn->generic;
    fn->generic = true;
    sb_putc(out, '&');
    rs_render_value(fn, out, v, RS_PREC_UNARY, false);
    fn->generic = old;
}

static void by_value(RsFn *fn, StrBuf *out, uint32_t v)
{
    bool old = fn->generic;
    fn->generic = true;
    rs_render_value(fn, out, v, RS_PREC_LOWEST, true);
    fn->generic = old;
}

/* `&[a, b]`, each owned. */
static void owned_slice(RsFn *fn, StrBuf *out, const uint32_t *a, uint32_t n)
{
    sb_puts(out, "&[");
    for (uint32_t k = 0; k < n; k++) {
        if (k) sb_puts(out, ", ");
        by_value(fn, out, a[k]);
    }
    sb_putc(out, ']');
}

static void put_literal(StrBuf *out, const char *s, size_t n)
{
    rs_put_str_literal(out, s, (uint32_t)n);
}

/* A py.method / py.builtin call (ir_callee_parse reads its imm): the last
 * operands may be keyword arguments, and with a splat operand `first` is
 * the list of positional arguments. */
static void call_form(RsFn *fn, StrBuf *out, const char *callee, StrId sid, const uint32_t *a, uint32_t n,
                      uint32_t first)
{
    IrCallee c = ir_callee_parse(ir_str(fn->m, sid), ir_str_len(fn->m, sid));
    uint32_t npos = n - first - c.nkw;
    sb_printf(out, "py::%s(", callee);
    if (first) {
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
    }
    put_literal(out, c.name, c.name_len);
    sb_puts(out, ", ");
    if (c.splat) {
        sb_puts(out, "&py::splat(");
        by_ref(fn, out, a[first]);
        sb_putc(out, ')');
    } else {
        owned_slice(fn, out, a + first, npos);
    }
    sb_puts(out, ", &[");
    for (uint32_t j = 0; j < c.nkw; j++) {
        size_t len;
        const char *kw = ir_callee_kw(&c, j, &len);
        if (j) sb_puts(out, ", ");
        sb_putc(out, '(');
        put_literal(out, kw, len);
        sb_puts(out, ", ");
        by_value(fn, out, a[first + npos + j]);
        sb_putc(out, ')');
    }
    sb_puts(out, "])");
}

static const char *unbox_method(const IrModule *m, TypeId t)
{
    switch (ir_type_kind(m, t)) {
    case TY_INT: return "to_int";
    case TY_FLOAT: return "to_float";
    case TY_BOOL: return "to_bool";
    case TY_STR: return "to_str";
    case TY_NONE: return "to_none";
    default: return NULL;
    }
}

/* `py::Obj::func("rank", 1, Rc::new(|a: &[py::Obj]| py::Obj::from(rank(a[0].to_int()))))`. */
static void func_ref(RsFn *fn, StrBuf *out, uint32_t v, FuncId callee)
{
    const IrModule *m = fn->m;
    TypeId ft = m->funcs.data[callee.id].type;
    uint32_t np = ir_type_nparams(m, ft) - 1;
    sb_puts(out, "py::Obj::func(");
    put_literal(out, ir_str(m, m->funcs.data[callee.id].name), ir_str_len(m, m->funcs.data[callee.id].name));
    sb_printf(out, ", %u, std::rc::Rc::new(|%s: &[py::Obj]| py::Obj::from(%s(", np, np ? "a" : "_",
              fn->func_names[callee.id]);
    for (uint32_t k = 0; k < np; k++) {
        TypeId pt = ir_type_param(m, ft, k);
        if (k) sb_puts(out, ", ");
        if (ir_type_kind(m, pt) == TY_OBJECT) {
            sb_printf(out, "a[%u].clone()", k);
            continue;
        }
        const char *unbox = unbox_method(m, pt);
        if (!unbox) {
            rs_unsupported(fn, rs_value_loc(fn, v), "a function with a tuple parameter used as a value");
            return;
        }
        sb_printf(out, "a[%u].%s()", k, unbox);
    }
    sb_puts(out, "))))");
}

/* `{ let t = py::unpack(&x, 2); (t[0].clone(), t[1].clone()) }` */
static void unpack(RsFn *fn, StrBuf *out, uint32_t v, IrOp op, uint64_t imm, uint32_t x)
{
    uint32_t n = ir_type_nparams(fn->m, vtype(fn, v));
    sb_puts(out, "{ let t = ");
    if (op == IR_PY_UNPACK) {
        sb_puts(out, "py::unpack(");
        by_ref(fn, out, x);
        sb_printf(out, ", %u); (", n);
    } else {
        sb_puts(out, "py::unpack_ex(");
        by_ref(fn, out, x);
        sb_printf(out, ", %u, %u); (", (unsigned)(imm >> 16), (unsigned)(imm & 0xffff));
    }
    for (uint32_t k = 0; k < n; k++) sb_printf(out, "%st[%u].clone()", k ? ", " : "", k);
    sb_puts(out, n == 1 ? ",) }" : ") }");
}

bool rs_render_object_inst(RsFn *fn, StrBuf *out, uint32_t v)
{
    IrInst *in = &fn->f->insts.data[fn->f->values.data[v].owner];
    IrOp op = (IrOp)in->op;
    uint64_t imm = fn->f->imms.data[fn->f->values.data[v].owner];
    uint32_t n;
    const uint32_t *a = inst_args(fn, v, &n);
    if (rs_render_set_inst(fn, out, v)) return true;
    if (rs_render_dict_inst(fn, out, v)) return true;
    if (rs_render_list_inst(fn, out, v)) return true;
    switch (op) {
    case IR_OBJ_BOX:
        sb_puts(out, "py::Obj::from(");
        by_value(fn, out, a[0]);
        sb_putc(out, ')');
        return true;
    case IR_OBJ_UNBOX: {
        const char *unbox = unbox_method(fn->m, vtype(fn, v));
        if (!unbox) {
            rs_unsupported(fn, rs_value_loc(fn, v), "unboxing an object to this type");
            return true;
        }
        rs_render_value(fn, out, a[0], RS_PREC_POSTFIX, false);
        sb_printf(out, ".%s()", unbox);
        return true;
    }
    case IR_STR_BUILD:
        sb_puts(out, "py::build(&[");
        for (uint32_t k = 0; k < n; k++) {
            if (k) sb_puts(out, ", ");
            rs_render_str_ref(fn, out, a[k]);
        }
        sb_puts(out, "])");
        return true;
    case IR_PY_BINOP:
    case IR_PY_INPLACE:
        sb_printf(out, "py::op_%s%s(", op == IR_PY_INPLACE ? "i" : "", ir_binop_name((IrBinop)imm));
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    case IR_PY_UNOP:
        sb_printf(out, "py::op_%s(", ir_unop_name((IrUnop)imm));
        by_ref(fn, out, a[0]);
        sb_putc(out, ')');
        return true;
    case IR_PY_CMP:
        sb_printf(out, "py::op_%s(", ir_pred_name((IrPred)imm));
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    case IR_PY_TRUTH:
        rs_render_value(fn, out, a[0], RS_PREC_POSTFIX, false);
        sb_puts(out, ".truth()");
        return true;
    case IR_PY_CONTAINS:
    case IR_PY_GETITEM:
        sb_puts(out, op == IR_PY_CONTAINS ? "py::contains(" : "py::getitem(");
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        by_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    case IR_PY_LIST:
    case IR_PY_SET:
        sb_puts(out, op == IR_PY_LIST              ? "py::Obj::list(vec!["
                     : rs_set_display_folded(fn, a, n) ? "py::Obj::set_constants(vec!["
                                                       : "py::Obj::set(vec![");
        for (uint32_t k = 0; k < n; k++) {
            if (k) sb_puts(out, ", ");
            by_value(fn, out, a[k]);
        }
        sb_puts(out, "])");
        return true;
    case IR_PY_DICT:
        sb_puts(out, "py::Obj::dict(vec![");
        for (uint32_t k = 0; k + 1 < n; k += 2) {
            if (k) sb_puts(out, ", ");
            sb_putc(out, '(');
            by_value(fn, out, a[k]);
            sb_puts(out, ", ");
            by_value(fn, out, a[k + 1]);
            sb_putc(out, ')');
        }
        sb_puts(out, "])");
        return true;
    case IR_PY_SLICE:
        sb_puts(out, "py::Obj::slice(");
        for (uint32_t k = 0; k < 3; k++) {
            if (k) sb_puts(out, ", ");
            by_value(fn, out, a[k]);
        }
        sb_putc(out, ')');
        return true;
    case IR_PY_ITER:
        sb_puts(out, "py::iter(");
        by_ref(fn, out, a[0]);
        sb_putc(out, ')');
        return true;
    case IR_PY_UNPACK:
    case IR_PY_UNPACK_EX:
        unpack(fn, out, v, op, imm, a[0]);
        return true;
    case IR_PY_METHOD: call_form(fn, out, "method", (StrId){(uint32_t)imm}, a, n, 1); return true;
    case IR_PY_BUILTIN: call_form(fn, out, "builtin", (StrId){(uint32_t)imm}, a, n, 0); return true;
    case IR_PY_BUILTIN_REF: {
        StrId s = {(uint32_t)imm};
        sb_puts(out, "py::Obj::builtin_ref(");
        put_literal(out, ir_str(fn->m, s), ir_str_len(fn->m, s));
        sb_putc(out, ')');
        return true;
    }
    case IR_PY_FUNC_REF: func_ref(fn, out, v, (FuncId){(uint32_t)imm}); return true;
    case IR_PY_GETATTR: {
        StrId s = {(uint32_t)imm};
        sb_puts(out, "py::getattr(");
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        put_literal(out, ir_str(fn->m, s), ir_str_len(fn->m, s));
        sb_putc(out, ')');
        return true;
    }
    case IR_PY_CALLV:
        sb_puts(out, "py::call(");
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        owned_slice(fn, out, a + 1, n - 1);
        sb_putc(out, ')');
        return true;
    case IR_PY_FORMAT:
        sb_puts(out, "py::format_dyn(");
        by_ref(fn, out, a[0]);
        sb_puts(out, ", ");
        rs_render_str_ref(fn, out, a[1]);
        sb_putc(out, ')');
        return true;
    default:
        return false;
    }
}

void rs_render_object_stmt(RsFn *fn, StrBuf *out, InstId i)
{
    if (rs_render_dict_stmt(fn, out, i)) return;
    if (rs_render_list_stmt(fn, out, i)) return;
    IrOp op = (IrOp)fn->f->insts.data[i.id].op;
    const uint32_t *a = ir_inst_args(fn->f, i);
    sb_puts(out, op == IR_PY_SETITEM ? "py::setitem(" : "py::delitem(");
    by_ref(fn, out, a[0]);
    sb_puts(out, ", ");
    by_ref(fn, out, a[1]);
    if (op == IR_PY_SETITEM) {
        sb_puts(out, ", ");
        by_value(fn, out, a[2]);
    }
    sb_puts(out, ");\n");
}
