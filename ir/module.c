/* module.c — the module: interned strings (hash-indexed), globals and
 * functions, and the small open-addressing index that interning uses.
 * Invariant: equal byte strings have equal StrIds; string bytes live in the
 * module arena and never move. */
#include "ir/ir_impl.h"

#include <stdlib.h>
#include <string.h>

/* ---- hash index ---------------------------------------------------------- */

uint32_t irx_hash(const void *bytes, size_t n, uint32_t seed)
{
    const unsigned char *p = bytes;
    uint32_t h = 2166136261u ^ seed;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

uint32_t irx_index_find(const IrIndex *ix, uint32_t hash, IrIndexEq *eq, const void *ctx)
{
    if (!ix->cap) return IR_NONE_ID;
    uint32_t mask = ix->cap - 1;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        const IrIndexSlot *s = &ix->slots[i];
        if (s->id == IR_NONE_ID) return IR_NONE_ID;
        if (s->hash == hash && eq(ctx, s->id)) return s->id;
    }
}

static void index_place(IrIndexSlot *slots, uint32_t cap, uint32_t hash, uint32_t id)
{
    uint32_t i = hash & (cap - 1);
    while (slots[i].id != IR_NONE_ID) i = (i + 1) & (cap - 1);
    slots[i] = (IrIndexSlot){hash, id};
}

void irx_index_insert(IrIndex *ix, uint32_t hash, uint32_t id)
{
    if ((ix->len + 1) * 4 > ix->cap * 3) {        /* keep load under 3/4 */
        uint32_t cap = ix->cap ? ix->cap * 2 : 64;
        IrIndexSlot *slots = xmalloc(sizeof *slots * cap);
        for (uint32_t i = 0; i < cap; i++) slots[i].id = IR_NONE_ID;
        for (uint32_t i = 0; i < ix->cap; i++)
            if (ix->slots[i].id != IR_NONE_ID)
                index_place(slots, cap, ix->slots[i].hash, ix->slots[i].id);
        free(ix->slots);
        ix->slots = slots;
        ix->cap = cap;
    }
    index_place(ix->slots, ix->cap, hash, id);
    ix->len++;
}

void irx_index_free(IrIndex *ix)
{
    free(ix->slots);
    ix->slots = NULL;
    ix->cap = ix->len = 0;
}

/* ---- module --------------------------------------------------------------- */

IrModule *ir_module_new(void)
{
    IrModule *m = xcalloc(1, sizeof *m);
    arena_init(&m->arena);
    m->str_index = xcalloc(1, sizeof(IrIndex));
    m->type_index = xcalloc(1, sizeof(IrIndex));
    /* The primitive types first, in TypeKind order, so IR_TYPE_* ids hold. */
    for (uint32_t k = TY_NONE; k <= TY_UNKNOWN; k++) {
        TypeId t = ir_type_get(m, (TypeKind)k, NULL, 0);
        (void)t;
    }
    m->entry.id = IR_NONE_ID;
    m->source_name.id = IR_NONE_ID;
    return m;
}

static void func_free(IrFunc *f)
{
    for (uint32_t b = 0; b < f->blocks.len; b++) {
        vec_free(&f->blocks.data[b].params);
        vec_free(&f->blocks.data[b].insts);
    }
    vec_free(&f->values);
    vec_free(&f->insts);
    vec_free(&f->imms);
    vec_free(&f->locs);
    vec_free(&f->extra);
    vec_free(&f->blocks);
    vec_free(&f->annots);
}

void ir_funcs_truncate(IrModule *m, uint32_t n)
{
    while (m->funcs.len > n) func_free(&m->funcs.data[--m->funcs.len]);
}

void ir_module_free(IrModule *m)
{
    if (!m) return;
    ir_funcs_truncate(m, 0);
    vec_free(&m->funcs);
    vec_free(&m->globals);
    vec_free(&m->ints);
    vec_free(&m->floats);
    vec_free(&m->types);
    vec_free(&m->type_params);
    vec_free(&m->strs);
    vec_free(&m->str_lens);
    irx_index_free(m->str_index);
    irx_index_free(m->type_index);
    free(m->str_index);
    free(m->type_index);
    arena_free(&m->arena);
    free(m);
}

/* ---- strings ---------------------------------------------------------------- */

typedef struct StrKey { const IrModule *m; const char *s; size_t len; } StrKey;

static bool str_eq(const void *ctx, uint32_t id)
{
    const StrKey *k = ctx;
    return k->m->str_lens.data[id] == k->len && memcmp(k->m->strs.data[id], k->s, k->len) == 0;
}

StrId ir_intern(IrModule *m, const char *s, size_t len)
{
    StrKey key = {m, s, len};
    uint32_t hash = irx_hash(s, len, 0);
    uint32_t id = irx_index_find(m->str_index, hash, str_eq, &key);
    if (id != IR_NONE_ID) return (StrId){id};
    id = m->strs.len;
    vec_push(&m->strs, (const char *)arena_strndup(&m->arena, s, len));
    vec_push(&m->str_lens, (uint32_t)len);
    irx_index_insert(m->str_index, hash, id);
    return (StrId){id};
}

StrId ir_intern_cstr(IrModule *m, const char *s) { return ir_intern(m, s, strlen(s)); }

/* An out-of-range id reads as the empty string, so printers never crash. */
const char *ir_str(const IrModule *m, StrId s)
{
    return s.id < m->strs.len ? m->strs.data[s.id] : "";
}

uint32_t ir_str_len(const IrModule *m, StrId s)
{
    return s.id < m->strs.len ? m->str_lens.data[s.id] : 0;
}

/* ---- globals and functions ------------------------------------------------ */

GlobalId ir_global_new(IrModule *m, StrId name, TypeId type, SrcLoc loc)
{
    IrGlobal g = {.name = name, .type = type, .loc = loc, .annot = {{IR_NONE_ID}, {IR_NONE_ID}, {0, 0, 0}}};
    vec_push(&m->globals, g);
    return (GlobalId){m->globals.len - 1};
}

IrGlobal *ir_global(IrModule *m, GlobalId g) { return &m->globals.data[g.id]; }

FuncId ir_func_new(IrModule *m, StrId name, TypeId fn_type, const StrId *param_names, SrcLoc loc)
{
    IrFunc fn;
    memset(&fn, 0, sizeof fn);
    fn.name = name;
    fn.type = fn_type;
    fn.loc = loc;
    IrBlock entry;
    memset(&entry, 0, sizeof entry);
    vec_push(&fn.blocks, entry);
    uint32_t nparams = ir_type_kind(m, fn_type) == TY_FUNC ? ir_type_nparams(m, fn_type) - 1 : 0;
    for (uint32_t i = 0; i < nparams; i++) {
        ValueId v = irx_value_new(&fn, ir_type_param(m, fn_type, i), VAL_PARAM, 0);
        fn.values.data[v.id].name.id = param_names ? param_names[i].id : IR_NONE_ID;
        vec_push(&fn.blocks.data[0].params, v);
    }
    vec_push(&m->funcs, fn);
    FuncId id = {m->funcs.len - 1};
    if (ir_str_len(m, name) == 10 && memcmp(ir_str(m, name), "__module__", 10) == 0)
        m->entry = id;
    return id;
}

IrFunc *ir_func(IrModule *m, FuncId f) { return &m->funcs.data[f.id]; }

const IrAnnot *ir_func_annot(const IrFunc *f, uint32_t slot)
{
    return slot < f->annots.len && ir_valid(f->annots.data[slot].type.id) ? &f->annots.data[slot] : NULL;
}

void ir_func_set_annot(IrFunc *f, uint32_t slot, IrAnnot a)
{
    IrAnnot none = {{IR_NONE_ID}, {IR_NONE_ID}, {0, 0, 0}};
    while (f->annots.len <= slot) vec_push(&f->annots, none);
    f->annots.data[slot] = a;
}

FuncId ir_func_find(const IrModule *m, StrId name)
{
    for (uint32_t i = 0; i < m->funcs.len; i++)
        if (m->funcs.data[i].name.id == name.id) return (FuncId){i};
    return (FuncId){IR_NONE_ID};
}

/* A copy of one VEC's contents into an empty VEC of the same type. */
#define vec_copy(dst, src)                                                    \
    do {                                                                      \
        vec_reserve((dst), (src)->len);                                       \
        if ((src)->len) memcpy((dst)->data, (src)->data, sizeof *(src)->data * (src)->len); \
        (dst)->len = (src)->len;                                              \
    } while (0)

FuncId ir_func_copy(IrModule *m, FuncId f, StrId name)
{
    IrFunc copy;
    memset(&copy, 0, sizeof copy);
    const IrFunc *from = &m->funcs.data[f.id];
    copy.name = name;
    copy.type = from->type;
    copy.loc = from->loc;
    vec_copy(&copy.annots, &from->annots);
    vec_copy(&copy.values, &from->values);
    vec_copy(&copy.insts, &from->insts);
    vec_copy(&copy.imms, &from->imms);
    vec_copy(&copy.locs, &from->locs);
    vec_copy(&copy.extra, &from->extra);
    vec_reserve(&copy.blocks, from->blocks.len);
    for (uint32_t b = 0; b < from->blocks.len; b++) {
        IrBlock blk;
        memset(&blk, 0, sizeof blk);
        vec_copy(&blk.params, &from->blocks.data[b].params);
        vec_copy(&blk.insts, &from->blocks.data[b].insts);
        vec_push(&copy.blocks, blk);
    }
    vec_push(&m->funcs, copy);               /* may move from: it is not read again */
    return (FuncId){m->funcs.len - 1};
}

uint32_t ir_func_py_name_len(const IrModule *m, const IrFunc *f)
{
    const char *s = ir_str(m, f->name), *dot = memchr(s, '.', ir_str_len(m, f->name));
    return dot ? (uint32_t)(dot - s) : ir_str_len(m, f->name);
}
