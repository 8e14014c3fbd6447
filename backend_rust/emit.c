/* emit.c — rs_emit_module: the module's globals, one Rust function per IR
 * function (the entry becomes `fn main`), the line table that lets the
 * prelude name Python lines in tracebacks, and the prelude itself.
 * A function is printed from the statement tree of structure.c; nothing is
 * written for a module that reported a diagnostic (the caller drops out). */
#include "backend_rust/rs_impl.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* prelude.rs without the `}` closing `mod py`, and the container and
 * object runtime that goes inside it when the program needs it. */
static const char prelude_text[] =
#include "backend_rust/prelude.inc"
    ;
static const char runtime_text[] =
#include "backend_rust/prelude_rt.inc"
    ;

/* Whether m uses the object runtime: an object value, a generic op, an
 * f-string.  Programs of scalars get only the small prelude. */
static bool needs_runtime(const IrModule *m)
{
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        const IrFunc *f = &m->funcs.data[fi];
        for (uint32_t i = 0; i < f->insts.len; i++) {
            IrOp op = (IrOp)f->insts.data[i].op;
            if ((ir_op_flags(op) & IR_GENERIC) || op == IR_OBJ_BOX || op == IR_STR_BUILD) return true;
            /* ord, chr and iterating a str use prelude_str.rs */
            uint64_t imm = f->imms.data[i];
            if (op == IR_BUILTIN && (imm == IR_BI_ORD || imm == IR_BI_CHR)) return true;
            if (op == IR_ITER_NEW && f->values.data[ir_inst_args(f, (InstId){i})[0]].type.id == IR_TYPE_STR)
                return true;
        }
    }
    for (uint32_t g = 0; g < m->globals.len; g++)
        if (m->globals.data[g].type.id == IR_TYPE_OBJECT) return true;
    return false;
}

typedef struct LineEntry { uint32_t rust, py, func; } LineEntry;

typedef struct Emitter {
    IrModule *m;
    DiagEngine *diag;
    StrBuf *out;
    size_t scanned;          /* bytes of out already counted for lines */
    uint32_t line;           /* 1-based line of out->data[scanned] */
    VEC(LineEntry) lines;
    uint32_t func;           /* index into the function name table */
    uint32_t last_py;
    const char *file;        /* Python source name as given, for tracebacks (PY_FILE) */
    const char *base;        /* its base name, for comments: `// prog.py:12` */
    RsNames *module_names;
    char **func_names;
    char **global_names;
    bool **changed_params;   /* ir_changed_params */
    Arena arena;
} Emitter;

static uint32_t cur_line(Emitter *em)
{
    for (; em->scanned < em->out->len; em->scanned++)
        if (em->out->data[em->scanned] == '\n') em->line++;
    return em->line;
}

static void record_line(Emitter *em, uint32_t py)
{
    if (!py || py == em->last_py) return;
    LineEntry e = { cur_line(em), py, em->func };
    if (em->lines.len && vec_last(&em->lines).rust == e.rust) em->lines.len--;
    vec_push(&em->lines, e);
    em->last_py = py;
}

static void indent(StrBuf *out, int depth)
{
    for (int i = 0; i < depth; i++) sb_puts(out, "    ");
}

/* ---- statements ------------------------------------------------------------- */

typedef struct Printer {
    Emitter *em;
    RsFn *fn;
    bool unit;               /* the function returns None */
} Printer;

static void print_list(Printer *p, RsList *l, int depth, bool tail);

static void print_label(StrBuf *out, RsStmt *s)
{
    if (s->kind == RS_BLOCK) sb_printf(out, "'b%u", s->follow);
    else sb_printf(out, "'l%u", s->block);
}

static void mark_labels(RsList *l, RsStmt **stack, uint32_t depth)
{
    for (uint32_t i = 0; i < l->len; i++) {
        RsStmt *s = l->data[i];
        if ((s->kind == RS_BREAK || s->kind == RS_CONTINUE) && (!depth || stack[depth - 1] != s->target))
            s->target->label_used = true;
        bool construct = s->kind == RS_LOOP || s->kind == RS_WHILE || s->kind == RS_FOR || s->kind == RS_BLOCK;
        if (construct) stack[depth] = s;
        mark_labels(&s->body, stack, depth + construct);
        mark_labels(&s->els, stack, depth + construct);
    }
}

static uint32_t count_constructs(RsList *l)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < l->len; i++) n += 1 + count_constructs(&l->data[i]->body) + count_constructs(&l->data[i]->els);
    return n;
}

static void inst_line(Printer *p, InstId i)
{
    record_line(p->em, p->fn->f->locs.data[i.id].line);
}

static void print_decl(Printer *p, uint32_t v, int depth, bool with_value)
{
    RsFn *fn = p->fn;
    StrBuf *out = p->em->out;
    indent(out, depth);
    sb_printf(out, "let %s%s", fn->needs_mut[v] ? "mut " : "", fn->name[v]);
    if (fn->annotate[v]) {
        sb_puts(out, ": ");
        rs_type_str(fn, fn->f->values.data[v].type, out, fn->f->loc);
    }
    if (!with_value) sb_puts(out, ";\n");
}

/* The parallel copy of an edge; variables in decl[] are declared by their
 * first assignment here. */
static void print_copy(Printer *p, RsStmt *s, int depth, uint32_t *decl, uint32_t ndecl)
{
    RsFn *fn = p->fn;
    IrFunc *f = fn->f;
    StrBuf *out = p->em->out;
    InstId term = ir_block_term(f, (BlockId){s->block});
    IrEdge e = ir_term_succ(f, term, s->succ);
    IrBlock *t = ir_block(f, e.target);
    typedef struct { uint32_t dst, src; bool done; } Move;
    VEC(Move) mv = {0};
    for (uint32_t k = 0; k < e.nargs && k < t->params.len; k++) {
        uint32_t d = t->params.data[k].id;
        if (rs_copy_needed(fn, e.args[k], d)) vec_push(&mv, ((Move){d, e.args[k], false}));
    }
    /* declarations that this copy does not initialise come first */
    for (uint32_t k = 0; k < ndecl; k++) {
        bool assigned = false;
        for (uint32_t j = 0; j < mv.len; j++) assigned |= mv.data[j].dst == decl[k];
        if (!assigned) print_decl(p, decl[k], depth, false);
    }
    if (mv.len) inst_line(p, term);
    uint32_t left = mv.len;
    VEC(uint32_t) renamed = {0};
    while (left) {
        uint32_t pick = IR_NONE_ID;
        for (uint32_t i = 0; i < mv.len && pick == IR_NONE_ID; i++) {
            if (mv.data[i].done) continue;
            bool read = false;
            for (uint32_t j = 0; j < mv.len && !read; j++)
                if (j != i && !mv.data[j].done) read = rs_reads_var(fn, mv.data[j].src, mv.data[i].dst);
            if (!read) pick = i;
        }
        if (pick == IR_NONE_ID) {
            /* a cycle: save one destination in a temporary */
            for (uint32_t i = 0; i < mv.len; i++)
                if (!mv.data[i].done) {
                    pick = i;
                    break;
                }
            uint32_t d = mv.data[pick].dst;
            char *tmp = arena_sprintf(&fn->arena, "old_%s", fn->name[d][0] == 'r' && fn->name[d][1] == '#'
                                                             ? fn->name[d] + 2 : fn->name[d]);
            indent(out, depth);
            sb_printf(out, "let %s = %s;\n", tmp, fn->name[d]);
            fn->override[fn->var[d]] = tmp;
            vec_push(&renamed, d);
        }
        Move *m = &mv.data[pick];
        bool is_decl = false;
        for (uint32_t k = 0; k < ndecl; k++) is_decl |= decl[k] == m->dst;
        if (is_decl) {
            print_decl(p, m->dst, depth, true);
            sb_puts(out, " = ");
        } else {
            indent(out, depth);
            sb_printf(out, "%s = ", fn->name[m->dst]);
        }
        rs_render_value(fn, out, m->src, RS_PREC_LOWEST, true);
        sb_puts(out, ";\n");
        m->done = true;
        left--;
    }
    for (uint32_t k = 0; k < renamed.len; k++) fn->override[fn->var[renamed.data[k]]] = NULL;
    vec_free(&renamed);
    vec_free(&mv);
}

static bool is_const_str(RsFn *fn, uint32_t v, const char *text)
{
    uint32_t r = fn->alias[v];
    IrValue *val = &fn->f->values.data[r];
    if (val->def != VAL_INST || fn->f->insts.data[val->owner].op != IR_CONST_STR) return false;
    StrId sid = { (uint32_t)fn->f->imms.data[val->owner] };
    return ir_str_len(fn->m, sid) == strlen(text) && !memcmp(ir_str(fn->m, sid), text, strlen(text));
}

static void print_inst(Printer *p, InstId i, int depth)
{
    RsFn *fn = p->fn;
    IrFunc *f = fn->f;
    StrBuf *out = p->em->out;
    IrInst *in = ir_inst(f, i);
    uint32_t r = in->result;
    if (r != IR_NONE_ID && fn->vkind[r] != RS_V_LET) return;
    inst_line(p, i);
    const uint32_t *a = ir_inst_args(f, i);
    uint32_t n = ir_inst_nargs(f, i);
    indent(out, depth);
    if (in->op == IR_PRINT) {
        bool plain = n >= 2 && is_const_str(fn, a[n - 2], " ") && is_const_str(fn, a[n - 1], "\n");
        sb_puts(out, plain ? "py::print(&[" : "py::print_with(&[");
        for (uint32_t k = 0; k + 2 < n; k++) {
            if (k) sb_puts(out, ", ");
            bool old = fn->generic;
            fn->generic = true;
            uint32_t rv = fn->alias[a[k]];
            IrValue *val = &f->values.data[rv];
            if (val->def == VAL_INST && f->insts.data[val->owner].op == IR_CONST_STR) {
                StrId sid = { (uint32_t)f->imms.data[val->owner] };
                sb_putc(out, '&');
                StrBuf lit;
                sb_init(&lit);
                sb_puts(out, "\"");
                for (uint32_t c = 0; c < ir_str_len(fn->m, sid); c++) {
                    char ch = ir_str(fn->m, sid)[c];
                    if (ch == '"' || ch == '\\') sb_printf(out, "\\%c", ch);
                    else if (ch == '\n') sb_puts(out, "\\n");
                    else if (ch == '\t') sb_puts(out, "\\t");
                    else if (ch == '\r') sb_puts(out, "\\r");
                    else if ((unsigned char)ch < 0x20 || ch == 0x7f) sb_printf(out, "\\x%02x", (unsigned char)ch);
                    else sb_putc(out, ch);
                }
                sb_puts(out, "\"");
                sb_free(&lit);
            } else {
                sb_putc(out, '&');
                rs_render_value(fn, out, a[k], RS_PREC_UNARY, false);
            }
            fn->generic = old;
        }
        sb_puts(out, "]");
        if (!plain) {
            for (uint32_t k = n - 2; k < n; k++) {
                sb_puts(out, ", ");
                rs_render_str_ref(fn, out, a[k]);
            }
        }
        sb_puts(out, ");\n");
        return;
    }
    if (in->op == IR_PY_SETITEM || in->op == IR_PY_DELITEM) {
        rs_render_object_stmt(fn, out, i);
        return;
    }
    if (in->op == IR_GLOBAL_SET) {
        uint64_t g = f->imms.data[i.id];
        IrGlobal *gl = &fn->m->globals.data[g];
        bool copy = rs_type_is_copy(fn->m, gl->type);
        sb_printf(out, "py::%s(&%s, %s", copy ? "store" : "store_shared", fn->global_names[g], gl->has_init ? "" : "Some(");
        rs_render_value(fn, out, a[0], RS_PREC_LOWEST, true);
        sb_puts(out, gl->has_init ? ");\n" : "));\n");
        return;
    }
    if (r != IR_NONE_ID && fn->uses[r] > 0) {
        if (fn->hoisted[r]) sb_printf(out, "%s = ", fn->name[r]);
        else {
            print_decl(p, r, 0, true);
            sb_puts(out, " = ");
        }
        rs_render_inst(fn, out, r, RS_PREC_LOWEST);
        sb_puts(out, ";\n");
        return;
    }
    /* an effect whose value nobody reads */
    size_t at = out->len;
    rs_render_inst(fn, out, r, RS_PREC_LOWEST);
    /* a call, or a method that changes a Vec or a Dict (`xs.push(x)`), is a statement as it is */
    bool call = in->op == IR_CALL || !strncmp(out->data + at, "py::", 4) ||
                (in->op == IR_PY_METHOD && ir_type_is_owned(fn->m, fn->f->values.data[a[0]].type) &&
                 ir_own_use(fn->m, f, i, 0) == IR_USE_CHANGE);
    if (!call) rs_wrap_from(out, at, "let _ = ", "");
    sb_puts(out, ";\n");
}

static void print_code(Printer *p, uint32_t b, int depth)
{
    IrBlock *blk = ir_block(p->fn->f, (BlockId){b});
    for (uint32_t k = 0; k < blk->insts.len; k++) {
        InstId i = blk->insts.data[k];
        if (ir_op_flags((IrOp)ir_inst(p->fn->f, i)->op) & IR_TERM) break;
        print_inst(p, i, depth);
    }
}

static bool tail_returns(RsList *l)
{
    if (!l->len) return false;
    RsStmt *s = vec_last(l);
    if (s->kind == RS_RETURN) return true;
    return s->kind == RS_IF && tail_returns(&s->body) && tail_returns(&s->els);
}

static void comment_line(Printer *p, uint32_t py, int depth)
{
    if (!py) return;
    indent(p->em->out, depth);
    sb_printf(p->em->out, "// %s:%u\n", p->em->base, py);
}

static uint32_t term_line(Printer *p, uint32_t b)
{
    InstId t = ir_block_term(p->fn->f, (BlockId){b});
    return ir_valid(t.id) ? p->fn->f->locs.data[t.id].line : 0;
}

/* A list that prints nothing: blocks whose code is all nested elsewhere. */
static bool prints_nothing(RsFn *fn, const RsList *l)
{
    for (uint32_t i = 0; i < l->len; i++)
        if (l->data[i]->kind != RS_CODE || fn->has_stmts[l->data[i]->block]) return false;
    return true;
}

static void print_if(Printer *p, RsStmt *s, int depth, bool tail, bool chained)
{
    RsFn *fn = p->fn;
    StrBuf *out = p->em->out;
    RsList *then = &s->body, *els = &s->els;
    bool negate = s->negate;
    if (prints_nothing(fn, then) && !prints_nothing(fn, els)) {
        RsList *t = then;
        then = els;
        els = t;
        negate = !negate;
    }
    if (!chained) indent(out, depth);
    record_line(p->em, term_line(p, s->block));
    sb_puts(out, "if ");
    rs_render_cond(fn, out, s->value, negate);
    sb_puts(out, " {\n");
    print_list(p, then, depth + 1, tail);
    indent(out, depth);
    if (prints_nothing(fn, els)) {
        sb_puts(out, "}\n");
        return;
    }
    /* else if: the else arm is one if, its block printing nothing before it */
    if (els->len == 2 && els->data[0]->kind == RS_CODE && !fn->has_stmts[els->data[0]->block] &&
        els->data[1]->kind == RS_IF && (els->data[1]->body.len || els->data[1]->els.len)) {
        sb_puts(out, "} else ");
        print_if(p, els->data[1], depth, tail, true);
        return;
    }
    sb_puts(out, "} else {\n");
    print_list(p, els, depth + 1, tail);
    indent(out, depth);
    sb_puts(out, "}\n");
}

static const char *item_name(RsFn *fn, uint32_t header)
{
    InstId term = ir_block_term(fn->f, (BlockId){header});
    IrEdge e = ir_term_succ(fn->f, term, 0);
    IrBlock *t = ir_block(fn->f, e.target);
    if (t->params.len != e.nargs + 1) return "_";
    uint32_t item = t->params.data[e.nargs].id;
    if (fn->vkind[item] != RS_V_ITEM) {
        rs_unsupported(fn, fn->f->locs.data[term.id], "a loop body entered from elsewhere too");
        return "_";
    }
    if (!fn->live[item]) return "_";
    return fn->hoisted[item] ? fn->pat_name[item] : fn->name[item];
}

/* A hoisted loop item: its pattern binds pat_name, the body assigns it. */
static void assign_item(Printer *p, uint32_t header, int depth)
{
    RsFn *fn = p->fn;
    InstId term = ir_block_term(fn->f, (BlockId){header});
    IrEdge e = ir_term_succ(fn->f, term, 0);
    IrBlock *t = ir_block(fn->f, e.target);
    if (t->params.len != e.nargs + 1) return;
    uint32_t item = t->params.data[e.nargs].id;
    if (fn->vkind[item] != RS_V_ITEM || !fn->live[item] || !fn->hoisted[item]) return;
    indent(p->em->out, depth);
    sb_printf(p->em->out, "%s = %s;\n", fn->name[item], fn->pat_name[item]);
}

static void print_stmt(Printer *p, RsList *l, uint32_t *i, int depth, bool tail)
{
    RsFn *fn = p->fn;
    StrBuf *out = p->em->out;
    RsStmt *s = l->data[*i];
    switch (s->kind) {
    case RS_CODE:
        print_code(p, s->block, depth);
        return;
    case RS_DECL: {
        VEC(uint32_t) decl = {0};
        for (; *i < l->len && l->data[*i]->kind == RS_DECL; (*i)++) {
            IrBlock *b = ir_block(fn->f, (BlockId){l->data[*i]->block});
            for (uint32_t k = 0; k < b->params.len; k++)
                if (fn->vkind[b->params.data[k].id] == RS_V_VAR && !fn->hoisted[b->params.data[k].id])
                    vec_push(&decl, b->params.data[k].id);
        }
        if (*i < l->len && l->data[*i]->kind == RS_COPY) {
            print_copy(p, l->data[*i], depth, decl.data, decl.len);
        } else {
            for (uint32_t k = 0; k < decl.len; k++) print_decl(p, decl.data[k], depth, false);
            (*i)--;
        }
        vec_free(&decl);
        return;
    }
    case RS_COPY:
        print_copy(p, s, depth, NULL, 0);
        return;
    case RS_IF:
        print_if(p, s, depth, tail, false);
        return;
    case RS_IFNEXT: {
        indent(out, depth);
        record_line(p->em, term_line(p, s->block));
        sb_printf(out, "if let Some(%s) = ", item_name(fn, s->block));
        rs_render_value(fn, out, s->value, RS_PREC_POSTFIX, false);
        sb_puts(out, ".next() {\n");
        assign_item(p, s->block, depth + 1);
        print_list(p, &s->body, depth + 1, tail);
        indent(out, depth);
        if (s->els.len) {
            sb_puts(out, "} else {\n");
            print_list(p, &s->els, depth + 1, tail);
            indent(out, depth);
        }
        sb_puts(out, "}\n");
        return;
    }
    case RS_LOOP: case RS_WHILE: case RS_FOR: case RS_BLOCK: {
        uint32_t py = term_line(p, s->block);
        if (s->kind != RS_BLOCK) comment_line(p, py, depth);
        indent(out, depth);
        record_line(p->em, py);
        if (s->label_used) {
            print_label(out, s);
            sb_puts(out, ": ");
        }
        if (s->kind == RS_WHILE) {
            sb_puts(out, "while ");
            rs_render_cond(fn, out, s->value, s->negate);
            sb_puts(out, " {\n");
        } else if (s->kind == RS_FOR) {
            sb_printf(out, "for %s in ", item_name(fn, s->block));
            uint32_t it = fn->alias[s->value];
            if (fn->vkind[it] == RS_V_LET) sb_puts(out, fn->name[it]);   /* bound before, effects in order */
            else rs_render_iterable(fn, out, it);
            sb_puts(out, " {\n");
        } else {
            sb_puts(out, "loop {\n");
        }
        if (s->kind == RS_FOR) assign_item(p, s->block, depth + 1);
        print_list(p, &s->body, depth + 1, false);
        if (s->kind == RS_BLOCK && rs_can_fall(&s->body)) {
            indent(out, depth + 1);
            sb_puts(out, "break;\n");
        }
        indent(out, depth);
        sb_puts(out, "}\n");
        return;
    }
    case RS_BREAK: case RS_CONTINUE:
        indent(out, depth);
        sb_puts(out, s->kind == RS_BREAK ? "break" : "continue");
        if (s->target->label_used) {
            sb_putc(out, ' ');
            print_label(out, s->target);
        }
        sb_puts(out, ";\n");
        return;
    case RS_RETURN: {
        InstId term = ir_block_term(fn->f, (BlockId){s->block});
        record_line(p->em, fn->f->locs.data[term.id].line);
        uint32_t r = fn->alias[s->value];
        bool none_const = fn->vkind[r] == RS_V_CONST || fn->vkind[r] != RS_V_INLINE;
        if (p->unit) {
            if (!none_const) {
                indent(out, depth);
                rs_render_value(fn, out, s->value, RS_PREC_LOWEST, false);
                sb_puts(out, ";\n");
            }
            if (fn->is_main) {
                indent(out, depth);
                sb_puts(out, "py::flush();\n");
            }
            if (!tail) {
                indent(out, depth);
                sb_puts(out, "return;\n");
            }
            return;
        }
        indent(out, depth);
        if (!tail) sb_puts(out, "return ");
        /* the returned value is dead afterwards: an object, a shared list or
         * dict or set, or a str moves out (nothing borrows one: their iterators hold
         * their own handle) */
        TypeKind k = ir_type_kind(fn->m, fn->f->values.data[r].type);
        bool handle = k == TY_OBJECT || k == TY_LIST || k == TY_DICT || k == TY_SET || k == TY_STR;
        rs_render_value(fn, out, s->value, RS_PREC_LOWEST, !handle);
        sb_puts(out, tail ? "\n" : ";\n");
        return;
    }
    case RS_UNREACHABLE:
        indent(out, depth);
        sb_puts(out, "py::unreachable();\n");
        return;
    case RS_HOIST: {
        uint32_t v = s->value;
        indent(out, depth);
        sb_printf(out, "let %s%s", fn->needs_mut[v] ? "mut " : "", fn->name[v]);
        TypeId t = fn->f->values.data[v].type;
        if (rs_type_nameable(fn->m, t)) {
            sb_puts(out, ": ");
            rs_type_str(fn, t, out, fn->f->loc);
        }
        sb_puts(out, ";\n");
        return;
    }
    }
}

/* tail: the list ends the function body (or an arm of its tail if). */
static void print_list(Printer *p, RsList *l, int depth, bool tail)
{
    bool value_tail = tail && (p->unit || tail_returns(l));
    for (uint32_t i = 0; i < l->len; i++) {
        bool last = i + 1 == l->len;
        print_stmt(p, l, &i, depth, value_tail && last);
    }
}

/* ---- functions ---------------------------------------------------------------- */

static void fn_alloc(RsFn *fn)
{
    uint32_t nv = fn->nvals, nb = fn->nblocks ? fn->nblocks : 1;
    fn->vkind = xcalloc(nv + 1, 1);
    fn->alias = xcalloc(nv + 1, sizeof(uint32_t));
    fn->var = xcalloc(nv + 1, sizeof(uint32_t));
    for (uint32_t v = 0; v < nv; v++) fn->var[v] = v;
    fn->uses = xcalloc(nv + 1, sizeof(uint32_t));
    fn->use_block = xcalloc(nv + 1, sizeof(uint32_t));
    fn->def_block = xcalloc(nv + 1, sizeof(uint32_t));
    fn->def_pos = xcalloc(nv + 1, sizeof(uint32_t));
    fn->live = xcalloc(nv + 1, sizeof(bool));
    fn->needs_mut = xcalloc(nv + 1, sizeof(bool));
    fn->annotate = xcalloc(nv + 1, sizeof(bool));
    fn->hoisted = xcalloc(nv + 1, sizeof(bool));
    fn->pat_name = xcalloc(nv + 1, sizeof(char *));
    fn->name = xcalloc(nv + 1, sizeof(char *));
    fn->override = xcalloc(nv + 1, sizeof(char *));
    fn->is_header = xcalloc(nb, sizeof(bool));
    fn->hdr = xcalloc(nb, sizeof(uint32_t));
    fn->loop_parent = xcalloc(nb, sizeof(uint32_t));
    fn->place = xcalloc(nb, sizeof(uint32_t));
    fn->is_exit = xcalloc(nb, sizeof(bool));
    fn->has_stmts = xcalloc(nb, sizeof(bool));
    fn->uses_for = xcalloc(nb, sizeof(bool));
    arena_init(&fn->arena);
}

static void fn_free(RsFn *fn)
{
    rs_list_free(&fn->body);
    free(fn->vkind); free(fn->alias); free(fn->var); free(fn->uses); free(fn->use_block);
    free(fn->def_block); free(fn->def_pos); free(fn->live); free(fn->needs_mut);
    free(fn->annotate); free(fn->hoisted); free(fn->pat_name); free(fn->name); free(fn->override); free(fn->is_header);
    free(fn->hdr); free(fn->loop_parent); free(fn->place); free(fn->is_exit);
    free(fn->has_stmts); free(fn->uses_for);
    ir_cfg_free(&fn->cfg);
    arena_free(&fn->arena);
}

static void name_values(Emitter *em, RsFn *fn, bool *non_snake)
{
    RsNames *names = rs_names_new();
    for (uint32_t k = 0; k < em->m->funcs.len; k++) rs_names_reserve(names, em->func_names[k]);
    for (uint32_t k = 0; k < em->m->globals.len; k++) rs_names_reserve(names, em->global_names[k]);
    rs_names_reserve(names, "py");
    IrFunc *f = fn->f;
    for (uint32_t i = 0; i < fn->cfg.nrpo; i++) {
        uint32_t b = fn->cfg.rpo[i];
        IrBlock *blk = ir_block(f, (BlockId){b});
        VEC(uint32_t) vals = {0};
        for (uint32_t k = 0; k < blk->params.len; k++) vec_push(&vals, blk->params.data[k].id);
        for (uint32_t k = 0; k < blk->insts.len; k++) {
            uint32_t r = f->insts.data[blk->insts.data[k].id].result;
            if (r != IR_NONE_ID) vec_push(&vals, r);
        }
        for (uint32_t k = 0; k < vals.len; k++) {
            uint32_t v = vals.data[k];
            uint8_t kind = fn->vkind[v];
            if (!(kind == RS_V_VAR || kind == RS_V_LET || kind == RS_V_PARAM || kind == RS_V_ITEM)) continue;
            if (kind == RS_V_ITEM && !fn->live[v]) continue;
            if (kind == RS_V_LET && fn->uses[v] == 0) continue;
            uint32_t rep = fn->var[v];
            if (fn->name[rep]) {
                fn->name[v] = fn->name[rep];   /* shares its class's variable */
                continue;
            }
            StrId sn = f->values.data[rep].name;
            const char *py = ir_valid(sn.id) ? ir_str(em->m, sn) : "t";
            uint32_t len = ir_valid(sn.id) ? ir_str_len(em->m, sn) : 1;
            if (kind == RS_V_PARAM && !fn->live[v]) {
                char *u = arena_sprintf(&fn->arena, "_%.*s", (int)len, py);
                fn->name[v] = rs_names_fresh(names, &fn->arena, u, (uint32_t)strlen(u));
            } else {
                fn->name[v] = rs_names_fresh(names, &fn->arena, py, len);
            }
            if (kind == RS_V_ITEM && fn->hoisted[v]) fn->pat_name[v] = rs_names_fresh(names, &fn->arena, py, len);
            if (!rs_is_snake(fn->name[v])) *non_snake = true;
            fn->name[rep] = fn->name[v];
        }
        vec_free(&vals);
    }
    rs_names_free(names);
}

/* Whether any function of m calls f (a Python function that is defined but
 * never called is still emitted, and must not make rustc warn). */
static bool is_called(IrModule *m, FuncId f)
{
    for (uint32_t k = 0; k < m->funcs.len; k++) {
        IrFunc *caller = ir_func(m, (FuncId){k});
        for (uint32_t b = 0; b < caller->blocks.len; b++) {
            IrBlock *blk = ir_block(caller, (BlockId){b});
            for (uint32_t i = 0; i < blk->insts.len; i++) {
                uint32_t id = blk->insts.data[i].id;
                if (caller->insts.data[id].op == IR_CALL && caller->imms.data[id] == f.id && k != f.id)
                    return true;
            }
        }
    }
    return false;
}

static void emit_function(Emitter *em, FuncId fid)
{
    IrModule *m = em->m;
    StrBuf *out = em->out;
    RsFn fn = {0};
    fn.m = m;
    fn.f = ir_func(m, fid);
    fn.fid = fid;
    fn.diag = em->diag;
    fn.ok = true;
    fn.is_main = fid.id == m->entry.id;
    fn.nvals = fn.f->values.len;
    fn.nblocks = fn.f->blocks.len;
    fn.func_names = em->func_names;
    fn.global_names = em->global_names;
    fn.changed_params = em->changed_params;
    fn_alloc(&fn);
    ir_cfg_build(fn.f, &fn.cfg);
    rs_structure(&fn);
    rs_analyse_values(&fn);
    rs_coalesce(&fn);
    rs_structure_build(&fn);
    rs_scope_values(&fn);
    rs_mark_vec_mut(&fn);
    bool non_snake = !rs_is_snake(em->func_names[fid.id]);
    name_values(em, &fn, &non_snake);
    uint32_t nc = count_constructs(&fn.body);
    RsStmt **stack = xmalloc(sizeof *stack * (nc + 1));
    mark_labels(&fn.body, stack, 0);
    free(stack);
    if (!fn.ok) {
        fn_free(&fn);
        return;
    }
    TypeId ret = ir_func_ret_type(m, fn.f->type);
    Printer p = { em, &fn, rs_is_unit(m, ret) || fn.is_main };
    em->func = fid.id;
    em->last_py = 0;
    sb_putc(out, '\n');
    if (fn.f->loc.line) sb_printf(out, "// %s:%u\n", em->base, fn.f->loc.line);
    if (non_snake) sb_puts(out, "#[allow(non_snake_case)]\n");
    if (!fn.is_main && !is_called(m, fid))
        sb_puts(out, "#[allow(dead_code)] // never called: kept as the Python program defines it\n");
    record_line(em, fn.f->loc.line ? fn.f->loc.line : 1);
    sb_printf(out, "fn %s(", em->func_names[fid.id]);
    IrBlock *entry = ir_block(fn.f, (BlockId){0});
    for (uint32_t k = 0; k < entry->params.len; k++) {
        uint32_t v = entry->params.data[k].id;
        if (k) sb_puts(out, ", ");
        TypeId t = fn.f->values.data[v].type;
        bool lent = ir_type_is_owned(m, t);
        sb_printf(out, "%s%s: ", fn.name[v] && fn.needs_mut[v] && !lent ? "mut " : "", fn.name[v] ? fn.name[v] : "_");
        if (lent) rs_render_lent_type(&fn, out, t, em->changed_params[fid.id][k]);
        else rs_type_str(&fn, t, out, fn.f->loc);
    }
    sb_putc(out, ')');
    if (!p.unit) {
        sb_puts(out, " -> ");
        rs_type_str(&fn, ret, out, fn.f->loc);
    }
    sb_puts(out, " {\n");
    if (!fn.is_main) sb_puts(out, "    let _frame = py::Frame::enter();\n");
    print_list(&p, &fn.body, 1, true);
    sb_puts(out, "}\n");
    fn_free(&fn);
}

/* ---- the module ------------------------------------------------------------------- */

static bool emit_global(Emitter *em, GlobalId gid)
{
    IrModule *m = em->m;
    StrBuf *out = em->out;
    IrGlobal *g = ir_global(m, gid);
    const char *name = em->global_names[gid.id];
    RsFn tmp = {0};
    tmp.m = m;
    tmp.diag = em->diag;
    tmp.ok = true;
    IrFunc dummy = {0};
    dummy.loc = g->loc;
    tmp.f = &dummy;
    arena_init(&tmp.arena);
    StrBuf ty, init;
    sb_init(&ty);
    sb_init(&init);
    bool ok = rs_type_str(&tmp, g->type, &ty, g->loc);
    if (ok && g->has_init) {
        switch (ir_type_kind(m, g->type)) {
        case TY_INT: {
            int64_t x = m->ints.data[g->init];
            if (x == INT64_MIN) sb_puts(&init, "i64::MIN");
            else sb_printf(&init, "%" PRId64, x);
            break;
        }
        case TY_FLOAT: {
            /* reuse the expression printer through a constant-free path */
            double x = m->floats.data[g->init];
            char buf[64];
            for (int pr = 1; pr <= 17; pr++) {
                snprintf(buf, sizeof buf, "%.*g", pr, x);
                if (strtod(buf, NULL) == x) break;
            }
            if (x != x) sb_puts(&init, "f64::NAN");
            else if (x > 1.7976931348623157e308) sb_puts(&init, "f64::INFINITY");
            else if (x < -1.7976931348623157e308) sb_puts(&init, "f64::NEG_INFINITY");
            else {
                char *e = strchr(buf, 'e');
                if (e) {
                    *e = '\0';
                    sb_printf(&init, "%s%se%d", buf, strchr(buf, '.') ? "" : ".0", atoi(e + 1));
                } else {
                    sb_printf(&init, "%s%s", buf, strchr(buf, '.') ? "" : ".0");
                }
            }
            break;
        }
        case TY_BOOL: sb_puts(&init, g->init ? "true" : "false"); break;
        case TY_NONE: sb_puts(&init, "()"); break;
        case TY_STR: {
            StrId sid = { (uint32_t)g->init };
            sb_puts(&init, "py::s(");
            rs_put_str_literal(&init, ir_str(m, sid), ir_str_len(m, sid));
            sb_putc(&init, ')');
            break;
        }
        default:
            rs_unsupported(&tmp, g->loc, "a global of this type with an initial value");
            ok = false;
        }
    }
    if (ok) {
        bool upper = true;
        for (const char *c = name; *c; c++) upper &= !(*c >= 'a' && *c <= 'z');
        const char *allow = upper ? "" : "#[allow(non_upper_case_globals)]\n";
        bool copy = rs_type_is_copy(m, g->type);
        const char *cell = copy ? "std::cell::Cell" : "std::cell::RefCell";
        if (g->is_constant && g->has_init) {
            sb_printf(out, "%sconst %s: %s = %s;\n", allow, name, ty.data, init.data);
        } else if (g->has_init) {
            sb_printf(out, "thread_local! {\n    %sstatic %s: %s<%s> = %s::new(%s);\n}\n",
                      upper ? "" : "#[allow(non_upper_case_globals)]\n    ", name, cell, ty.data, cell, init.data);
        } else {
            sb_printf(out, "thread_local! {\n    %sstatic %s: %s<Option<%s>> = %s::new(None);\n}\n",
                      upper ? "" : "#[allow(non_upper_case_globals)]\n    ", name, cell, ty.data, cell);
        }
    }
    sb_free(&ty);
    sb_free(&init);
    arena_free(&tmp.arena);
    return ok && tmp.ok;
}

bool rs_emit_module(IrModule *m, DiagEngine *diag, StrBuf *out)
{
    Emitter em = {0};
    em.m = m;
    em.diag = diag;
    em.out = out;
    em.line = 1;
    arena_init(&em.arena);
    em.file = ir_valid(m->source_name.id) ? ir_str(m, m->source_name) : "prog.py";
    em.base = strrchr(em.file, '/') ? strrchr(em.file, '/') + 1 : em.file;
    uint32_t errors_before = diag->errors;
    /* module-level names: main for the entry, then functions, then globals */
    em.module_names = rs_names_new();
    static const char *const reserved[] = { "main", "py", "std", "core", "alloc", "PY_FILE", "PY_FUNCS",
                                            "PY_LINES", NULL };
    for (const char *const *r = reserved; *r; r++) rs_names_reserve(em.module_names, *r);
    em.func_names = arena_zalloc(&em.arena, sizeof(char *) * (m->funcs.len + 1));
    em.global_names = arena_zalloc(&em.arena, sizeof(char *) * (m->globals.len + 1));
    for (uint32_t k = 0; k < m->funcs.len; k++) {
        if (k == m->entry.id) {
            em.func_names[k] = "main";
            continue;
        }
        StrId sn = m->funcs.data[k].name;
        em.func_names[k] = rs_names_fresh(em.module_names, &em.arena, ir_str(m, sn), ir_str_len(m, sn));
    }
    for (uint32_t k = 0; k < m->globals.len; k++) {
        StrId sn = m->globals.data[k].name;
        em.global_names[k] = rs_names_fresh(em.module_names, &em.arena, ir_str(m, sn), ir_str_len(m, sn));
    }
    sb_printf(out, "// Generated by portalisc from %s: Python 3.11 semantics, std-only Rust.\n", em.base);
    if (rs_uses_vec_ops(m)) sb_puts(out, "\nuse py::VecOps;\n");
    em.changed_params = ir_changed_params(m);
    if (m->globals.len) sb_putc(out, '\n');
    for (uint32_t k = 0; k < m->globals.len; k++) emit_global(&em, (GlobalId){k});
    if (!ir_valid(m->entry.id) || m->entry.id >= m->funcs.len)
        diag_global(diag, DIAG_ERROR, "cannot translate to Rust: the module has no entry function");
    for (uint32_t k = 0; k < m->funcs.len; k++) emit_function(&em, (FuncId){k});
    /* the line table and the function names for tracebacks */
    sb_puts(out, "\n#[allow(dead_code)]\nconst PY_FILE: &str = \"");
    for (const char *c = em.file; *c; c++) {
        if (*c == '"' || *c == '\\') sb_putc(out, '\\');
        sb_putc(out, *c);
    }
    sb_puts(out, "\";\n#[allow(dead_code)]\nconst PY_FUNCS: &[&str] = &[");
    for (uint32_t k = 0; k < m->funcs.len; k++) {
        if (k) sb_puts(out, ", ");
        if (k == m->entry.id) sb_puts(out, "\"<module>\"");
        else {
            sb_putc(out, '"');
            StrId sn = m->funcs.data[k].name;
            for (uint32_t c = 0, len = ir_func_py_name_len(m, &m->funcs.data[k]); c < len; c++) {
                char ch = ir_str(m, sn)[c];
                if (ch == '"' || ch == '\\') sb_putc(out, '\\');
                sb_putc(out, ch);
            }
            sb_putc(out, '"');
        }
    }
    sb_puts(out, "];\n#[allow(dead_code)]\nconst PY_LINES: &[(u32, u32, u32)] = &[");
    for (uint32_t k = 0; k < em.lines.len; k++) {
        LineEntry *e = &em.lines.data[k];
        sb_printf(out, "%s(%u, %u, %u)", k % 8 ? ", " : (k ? ",\n    " : "\n    "), e->rust, e->py, e->func);
    }
    sb_puts(out, em.lines.len ? ",\n];\n\n" : "];\n\n");
    sb_puts(out, prelude_text);
    if (needs_runtime(m)) sb_puts(out, runtime_text);
    sb_puts(out, "}\n");
    vec_free(&em.lines);
    ir_changed_params_free(m, em.changed_params);
    rs_names_free(em.module_names);
    arena_free(&em.arena);
    return diag->errors == errors_before;
}
