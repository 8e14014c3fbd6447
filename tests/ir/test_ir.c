/* test_ir.c — types, the builder, the CFG analyses and the verifier.  Each
 * verifier test starts from a valid function, breaks one invariant by hand
 * and checks that exactly that problem is reported. */
#include "tests/ir/testutil.h"

/* ---- types ----------------------------------------------------------------- */

static char *type_text(IrModule *m, TypeId t)
{
    StrBuf sb;
    sb_init(&sb);
    ir_type_print(m, t, &sb);
    return sb_take(&sb);
}

static void types_are_hash_consed(void **state)
{
    (void)state;
    IrModule *m = ir_module_new();
    TypeId i = ir_type(IR_TYPE_INT), f = ir_type(IR_TYPE_FLOAT), s = ir_type(IR_TYPE_STR);
    TypeId pair[2] = {i, f};
    assert_int_equal(ir_type_tuple(m, pair, 2).id, ir_type_tuple(m, pair, 2).id);
    assert_int_not_equal(ir_type_tuple(m, pair, 2).id, ir_type_tuple(m, pair, 1).id);
    assert_int_equal(ir_type_list(m, i).id, ir_type_list(m, i).id);
    assert_int_not_equal(ir_type_list(m, i).id, ir_type_iter(m, i).id);
    TypeId kv[2] = {s, i};
    struct { TypeId t; const char *text; } cases[] = {
        {i, "int"},
        {ir_type_list(m, i), "list[int]"},
        {ir_type_tuple(m, pair, 2), "tuple[int,float]"},
        {ir_type_tuple(m, NULL, 0), "tuple[]"},
        {ir_type_get(m, TY_OPTIONAL, &s, 1), "Optional[str]"},
        {ir_type_get(m, TY_DICT, kv, 2), "dict[str,int]"},
        {ir_type_iter(m, i), "iter[int]"},
        {ir_type_func(m, (TypeId[]){i, i}, 2, i), "fn(int,int)->int"},
        {ir_type_func(m, NULL, 0, ir_type(IR_TYPE_NONE)), "fn()->None"},
        {ir_type_list(m, ir_type_tuple(m, pair, 2)), "list[tuple[int,float]]"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *text = type_text(m, cases[k].t);
        assert_string_equal(text, cases[k].text);
        free(text);
    }
    TypeId fn = ir_type_func(m, (TypeId[]){i, f}, 2, s);
    assert_int_equal(ir_func_ret_type(m, fn).id, IR_TYPE_STR);
    assert_int_equal(ir_type_kind(m, fn), TY_FUNC);
    ir_module_free(m);
}

static void op_result_rules(void **state)
{
    (void)state;
    IrModule *m = ir_module_new();
    TypeId I = ir_type(IR_TYPE_INT), F = ir_type(IR_TYPE_FLOAT), B = ir_type(IR_TYPE_BOOL),
           S = ir_type(IR_TYPE_STR), N = ir_type(IR_TYPE_NONE), R = ir_type(IR_TYPE_RANGE);
    TypeId II[2] = {I, I}, FF[2] = {F, F}, IF[2] = {I, F}, SS[2] = {S, S}, III[3] = {I, I, I};
    assert_int_equal(ir_op_result(m, IR_INT_ADD, 0, II, 2), IR_TYPE_INT);
    assert_int_equal(ir_op_result(m, IR_INT_ADD, 0, IF, 2), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_INT_ADD, 0, II, 1), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_INT_TRUEDIV, 0, II, 2), IR_TYPE_FLOAT);
    assert_int_equal(ir_op_result(m, IR_INT_CMP, IR_PRED_LT, II, 2), IR_TYPE_BOOL);
    assert_int_equal(ir_op_result(m, IR_INT_CMP, IR_PRED_IS, II, 2), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_FLOAT_MUL, 0, FF, 2), IR_TYPE_FLOAT);
    assert_int_equal(ir_op_result(m, IR_FLOAT_CMP, IR_PRED_GE, FF, 2), IR_TYPE_BOOL);
    assert_int_equal(ir_op_result(m, IR_BOOL_NOT, 0, &B, 1), IR_TYPE_BOOL);
    assert_int_equal(ir_op_result(m, IR_BOOL_NOT, 0, &I, 1), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_STR_CONCAT, 0, SS, 2), IR_TYPE_STR);
    assert_int_equal(ir_op_result(m, IR_INT_TO_FLOAT, 0, &I, 1), IR_TYPE_FLOAT);
    assert_int_equal(ir_op_result(m, IR_FLOAT_TO_INT, 0, &F, 1), IR_TYPE_INT);
    assert_int_equal(ir_op_result(m, IR_TRUTH, 0, &S, 1), IR_TYPE_BOOL);
    assert_int_equal(ir_op_result(m, IR_TO_REPR, 0, &F, 1), IR_TYPE_STR);
    assert_int_equal(ir_op_result(m, IR_RANGE_NEW, 0, III, 3), IR_TYPE_RANGE);
    assert_int_equal(ir_op_result(m, IR_NONE_CMP, IR_PRED_IS, (TypeId[]){N, N}, 2), IR_TYPE_BOOL);
    assert_int_equal(ir_op_result(m, IR_NONE_CMP, IR_PRED_LT, (TypeId[]){N, N}, 2), IR_NONE_ID);
    /* iter.new and tuple.new answer only types that exist already. */
    assert_int_equal(ir_op_result(m, IR_ITER_NEW, 0, &R, 1), IR_NONE_ID);
    TypeId iter_int = ir_type_iter(m, I);
    assert_int_equal(ir_op_result(m, IR_ITER_NEW, 0, &R, 1), iter_int.id);
    TypeId t3 = ir_type_tuple(m, III, 3);
    assert_int_equal(ir_op_result(m, IR_ITER_NEW, 0, &t3, 1), iter_int.id);
    TypeId mixed = ir_type_tuple(m, IF, 2);
    assert_int_equal(ir_op_result(m, IR_ITER_NEW, 0, &mixed, 1), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_TUPLE_NEW, 0, IF, 2), mixed.id);
    assert_int_equal(ir_op_result(m, IR_TUPLE_GET, 1, &mixed, 1), IR_TYPE_FLOAT);
    assert_int_equal(ir_op_result(m, IR_TUPLE_GET, 2, &mixed, 1), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_BUILTIN, IR_BI_DIVMOD, II, 2), IR_TYPE_ANY);
    assert_int_equal(ir_op_result(m, IR_BUILTIN, IR_BI_DIVMOD, II, 1), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_PRINT, 0, (TypeId[]){I, S, S}, 3), IR_TYPE_NONE);
    assert_int_equal(ir_op_result(m, IR_PRINT, 0, (TypeId[]){I, S, I}, 3), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_CONDBR, 0, &B, 1), IR_TYPE_NONE);
    assert_int_equal(ir_op_result(m, IR_CONDBR, 0, &I, 1), IR_NONE_ID);
    assert_int_equal(ir_op_result(m, IR_ITER_NEXT, 0, &iter_int, 1), IR_TYPE_INT);
    ir_module_free(m);
}

/* ---- a valid function to start from ------------------------------------------ */

/* fn @count(int n) -> int: i = 0; while i < n: i = i + 1; return i
 * plus fn @main() -> None that calls it, loops over range(3), sets a
 * global and prints. */
typedef struct Fixture {
    IrModule *m;
    FuncId count, main;
    BlockId head, body, exit;       /* in @count */
    ValueId n, i, c, j, one;        /* in @count */
    InstId add;                     /* j = int.add i, one */
    GlobalId total;
    Captured cap;
} Fixture;

static int fixture_setup(void **state)
{
    Fixture *x = calloc(1, sizeof *x);
    IrModule *m = x->m = ir_module_new();
    m->source_name = ir_intern_cstr(m, "count.py");
    TypeId I = ir_type(IR_TYPE_INT), N = ir_type(IR_TYPE_NONE);
    x->total = ir_global_new(m, ir_intern_cstr(m, "total"), I, (SrcLoc){0, 1, 1});
    StrId pname = ir_intern_cstr(m, "n");
    x->count = ir_func_new(m, ir_intern_cstr(m, "count"), ir_type_func(m, &I, 1, I), &pname,
                           (SrcLoc){0, 2, 1});
    IrBuilder b;
    ir_builder_init(&b, m, x->count);
    x->n = ir_func_param(m, x->count, 0);
    ValueId zero = ir_const_int(&b, 0);
    x->one = ir_const_int(&b, 1);
    x->head = ir_block_new(&b);
    x->body = ir_block_new(&b);
    x->exit = ir_block_new(&b);
    x->i = ir_block_add_param(&b, x->head, I, ir_intern_cstr(m, "i"));
    ir_br(&b, x->head, &zero, 1);
    ir_builder_set_block(&b, x->head);
    b.loc = (SrcLoc){0, 4, 11};
    x->c = ir_cmp(&b, IR_INT_CMP, IR_PRED_LT, x->i, x->n);
    ir_condbr(&b, x->c, x->body, NULL, 0, x->exit, NULL, 0);
    ir_builder_set_block(&b, x->body);
    b.loc = (SrcLoc){0, 0, 0};
    x->j = ir_binop(&b, IR_INT_ADD, x->i, x->one);
    x->add = vec_last(&ir_block(ir_func(m, x->count), x->body)->insts);
    ir_br(&b, x->head, &x->j, 1);
    ir_builder_set_block(&b, x->exit);
    ir_ret(&b, x->i);

    x->main = ir_func_new(m, ir_intern_cstr(m, "__module__"), ir_type_func(m, NULL, 0, N), NULL,
                          (SrcLoc){0, 0, 0});
    ir_builder_init(&b, m, x->main);
    ValueId three = ir_const_int(&b, 3);
    ValueId r = ir_call(&b, x->count, &three, 1);
    ir_global_set(&b, x->total, r);
    ValueId rng = ir_range_new(&b, ir_const_int(&b, 0), three, ir_const_int(&b, 1));
    ValueId it = ir_iter_new(&b, rng);
    BlockId loop = ir_block_new(&b), body = ir_block_new(&b), done = ir_block_new(&b);
    ir_br(&b, loop, NULL, 0);
    ir_builder_set_block(&b, loop);
    ir_iter_next(&b, it, body, NULL, 0, done, NULL, 0);
    ir_builder_set_block(&b, body);
    ValueId k = ir_block_add_param(&b, body, I, ir_intern_cstr(m, "k"));
    ValueId sep = ir_const_str(&b, " ", 1), end = ir_const_str(&b, "\n", 1);
    ValueId pair[2] = {k, ir_global_get(&b, x->total)};
    ValueId dm = ir_builtin(&b, IR_BI_DIVMOD, pair, 2, ir_type_tuple(m, (TypeId[]){I, I}, 2));
    ValueId q = ir_tuple_get(&b, dm, 0);
    ir_print(&b, (ValueId[]){k, q}, 2, sep, end);
    ir_br(&b, loop, NULL, 0);
    ir_builder_set_block(&b, done);
    ir_ret(&b, ir_const_none(&b));
    capture_init(&x->cap);
    *state = x;
    return 0;
}

static int fixture_teardown(void **state)
{
    Fixture *x = *state;
    capture_free(&x->cap);
    ir_module_free(x->m);
    free(x);
    return 0;
}

/* Verifies and expects exactly one error containing needle. */
static void expect_one_error(Fixture *x, const char *needle)
{
    uint32_t errors = verify_capture(&x->cap, x->m);
    const char *text = capture_text(&x->cap);
    assert_contains(text, needle);
    if (errors != 1) print_error("%s", text);
    assert_int_equal(errors, 1);
}

static void builder_output_verifies(void **state)
{
    Fixture *x = *state;
    uint32_t errors = verify_capture(&x->cap, x->m);
    if (errors) print_error("%s", capture_text(&x->cap));
    assert_int_equal(errors, 0);
    assert_int_equal(x->m->entry.id, x->main.id);
    assert_int_equal(ir_func_find(x->m, ir_intern_cstr(x->m, "count")).id, x->count.id);
    assert_int_equal(ir_func_find(x->m, ir_intern_cstr(x->m, "nope")).id, IR_NONE_ID);
}

static void cfg_dominators(void **state)
{
    Fixture *x = *state;
    IrCfg cfg;
    ir_cfg_build(ir_func(x->m, x->count), &cfg);
    assert_int_equal(cfg.nrpo, 4);
    assert_int_equal(cfg.rpo[0], 0);
    assert_int_equal(cfg.preds[x->head.id].len, 2);         /* entry and the back edge */
    assert_int_equal(cfg.idom[x->head.id], 0);
    assert_int_equal(cfg.idom[x->body.id], x->head.id);
    assert_int_equal(cfg.idom[x->exit.id], x->head.id);
    assert_int_equal(cfg.idom[0], IR_NONE_ID);
    assert_true(ir_cfg_dominates(&cfg, x->head, x->body));
    assert_false(ir_cfg_dominates(&cfg, x->body, x->exit));
    assert_true(ir_cfg_dominates(&cfg, x->exit, x->exit));
    ir_cfg_free(&cfg);
}

static void rejects_missing_terminator(void **state)
{
    Fixture *x = *state;
    ir_block(ir_func(x->m, x->count), x->exit)->insts.len = 0;
    expect_one_error(x, "in @count, block3: block has no terminator");
}

static void rejects_instruction_after_terminator(void **state)
{
    Fixture *x = *state;
    IrBlock *body = ir_block(ir_func(x->m, x->count), x->body);
    InstId t = body->insts.data[1];                     /* swap the add and the br */
    body->insts.data[1] = body->insts.data[0];
    body->insts.data[0] = t;
    uint32_t errors = verify_capture(&x->cap, x->m);
    assert_true(errors >= 1);
    assert_contains(capture_text(&x->cap), "in @count, block2: `br block1(v5)`: instruction after the terminator");
}

static void rejects_use_not_dominated(void **state)
{
    Fixture *x = *state;
    /* exit returns j, defined in the loop body, which does not dominate it */
    ir_inst(ir_func(x->m, x->count), ir_block_term(ir_func(x->m, x->count), x->exit))->args[0] = x->j.id;
    expect_one_error(x, "in @count, block3: `ret v5`: use of v5 is not dominated by its definition");
}

static void rejects_use_before_def_in_block(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->count);
    ir_inst(f, x->add)->args[1] = x->j.id;             /* j = i + j */
    expect_one_error(x, "use of v5 is not dominated by its definition");
}

static void rejects_wrong_operand_type(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->count);
    ir_inst(f, x->add)->args[1] = x->c.id;             /* i + (bool) */
    expect_one_error(x, "`v5: int = int.add v3, v4`: int.add does not accept operands (int, bool)");
}

static void rejects_wrong_result_type(void **state)
{
    Fixture *x = *state;
    ir_value(ir_func(x->m, x->count), x->j)->type = ir_type(IR_TYPE_FLOAT);
    uint32_t errors = verify_capture(&x->cap, x->m);
    assert_true(errors >= 1);
    assert_contains(capture_text(&x->cap), "result type is float, but int.add yields int");
}

static void rejects_branch_arg_count(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->count);
    InstId br = ir_block_term(f, x->body);
    ir_term_set_succ(f, br, 0, x->head, NULL, 0);
    expect_one_error(x, "`br block1`: block1 takes 1 argument, 0 given");
}

static void rejects_branch_arg_type(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->count);
    InstId br = ir_block_term(f, x->body);
    ir_term_set_succ(f, br, 0, x->head, &x->c.id, 1);
    expect_one_error(x, "argument 1 to block1 is bool, the parameter is int");
}

static void rejects_bad_ret_type(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->count);
    ir_inst(f, ir_block_term(f, x->exit))->args[0] = x->c.id;
    expect_one_error(x, "`ret v4`: returns bool from a function returning int");
}

static void rejects_branch_to_missing_block(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->count);
    ir_term_set_succ(f, ir_block_term(f, x->body), 0, (BlockId){42}, &x->j.id, 1);
    expect_one_error(x, "branches to block42, which does not exist");
}

static void rejects_bad_call_and_global(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->main);
    /* main's block0: three, call, global.set, ...: feed the call a str and
     * store a str into the int global */
    IrBuilder b;
    ir_builder_init(&b, x->m, x->main);
    BlockId blk = ir_block_new(&b);                     /* unreachable, still checked */
    ir_builder_set_block(&b, blk);
    ValueId s = ir_const_str(&b, "x", 1);
    ir_unreachable(&b);
    f = ir_func(x->m, x->main);
    IrBlock *entry = ir_block(f, (BlockId){0});
    InstId call = entry->insts.data[1], set = entry->insts.data[2];
    ir_func(x->m, x->main)->extra.data[ir_inst(f, call)->args[0]] = s.id;
    ir_inst(f, set)->args[0] = s.id;
    uint32_t errors = verify_capture(&x->cap, x->m);
    const char *text = capture_text(&x->cap);
    assert_int_equal(errors, 4);          /* 2 bad types + 2 uses not dominated (s is in an unreachable block) */
    assert_contains(text, "call does not accept operands (str)");
    assert_contains(text, "global.set does not accept operands (str)");
}

static void rejects_print_sep_not_str(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->main);
    IrBlock *body = ir_block(f, (BlockId){2});
    for (uint32_t k = 0; k < body->insts.len; k++) {
        IrInst *in = ir_inst(f, body->insts.data[k]);
        if (in->op == IR_PRINT) f->extra.data[in->args[0] + in->args[1] - 2] = body->params.data[0].id;
    }
    expect_one_error(x, "print takes str operands for sep and end (given int, int, int, str)");
}

static void rejects_iter_item_type(void **state)
{
    Fixture *x = *state;
    IrFunc *f = ir_func(x->m, x->main);
    ir_value(f, ir_block(f, (BlockId){2})->params.data[0])->type = ir_type(IR_TYPE_FLOAT);
    uint32_t errors = verify_capture(&x->cap, x->m);
    assert_true(errors >= 1);
    assert_contains(capture_text(&x->cap), "the iterator yields int, but block2's item parameter is float");
}

/* ---- py.method / py.builtin callee imms ------------------------------------ */

static void callee_imms(void **state)
{
    (void)state;
    IrCallee c = ir_callee_parse("len", 3);
    assert_int_equal(c.name_len, 3);
    assert_true(ir_callee_plain(&c));
    assert_int_equal(c.nkw, 0);
    c = ir_callee_parse("sorted:key,reverse", 18);
    assert_int_equal(c.name_len, 6);
    assert_false(c.splat);
    assert_false(ir_callee_plain(&c));
    assert_int_equal(c.nkw, 2);
    size_t len;
    const char *kw = ir_callee_kw(&c, 0, &len);
    assert_int_equal(len, 3);
    assert_memory_equal(kw, "key", 3);
    kw = ir_callee_kw(&c, 1, &len);
    assert_int_equal(len, 7);
    assert_memory_equal(kw, "reverse", 7);
    c = ir_callee_parse("max*", 4);
    assert_int_equal(c.name_len, 3);
    assert_true(c.splat);
    assert_false(ir_callee_plain(&c));
    assert_int_equal(c.nkw, 0);
    c = ir_callee_parse("print*:sep", 10);
    assert_int_equal(c.name_len, 5);
    assert_true(c.splat);
    assert_int_equal(c.nkw, 1);
    kw = ir_callee_kw(&c, 0, &len);
    assert_int_equal(len, 3);
    assert_memory_equal(kw, "sep", 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(types_are_hash_consed),
        cmocka_unit_test(op_result_rules),
        cmocka_unit_test(callee_imms),
#define T(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)
        T(builder_output_verifies),
        T(cfg_dominators),
        T(rejects_missing_terminator),
        T(rejects_instruction_after_terminator),
        T(rejects_use_not_dominated),
        T(rejects_use_before_def_in_block),
        T(rejects_wrong_operand_type),
        T(rejects_wrong_result_type),
        T(rejects_branch_arg_count),
        T(rejects_branch_arg_type),
        T(rejects_bad_ret_type),
        T(rejects_branch_to_missing_block),
        T(rejects_bad_call_and_global),
        T(rejects_print_sep_not_str),
        T(rejects_iter_item_type),
#undef T
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
