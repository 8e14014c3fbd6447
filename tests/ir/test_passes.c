/* test_passes.c — the pass manager and the first passes, from text in to
 * text out; every result must still verify. */
#include "tests/ir/testutil.h"
#include "passes/passes.h"

/* Parses src, runs the pass list, verifies, compares with expected. */
static void run_passes(const char *list, const char *src, const char *expected)
{
    Captured c;
    capture_init(&c);
    IrModule *m = parse_ok(&c, src);
    assert_int_equal(verify_capture(&c, m), 0);
    PassOptions opt = {.verify_each = true};
    bool ok = pass_run_list(m, list, &opt, &c.diag);
    if (!ok) print_error("%s", capture_text(&c));
    assert_true(ok);
    char *text = print_module(m);
    assert_string_equal(text, expected);
    free(text);
    ir_module_free(m);
    capture_free(&c);
}

#define HEAD "; portalisc IR\n\n"

static void dce_removes_dead_pure_code(void **state)
{
    (void)state;
    run_passes("dce",
               "fn @f(int) -> int {\nblock0(v0: int):\n"
               "    v1: int = const.int 2\n"
               "    v2: int = int.and v0, v1\n"           /* pure, unused: goes, then v1 too */
               "    v3: int = int.add v0, v0\n"           /* may raise: stays */
               "    v4: str = const.str \"x\"\n"
               "    v5: str = to_str v0\n"
               "    print sep=v4, end=v4\n"               /* effect: stays, keeps v4 */
               "    ret v0\n}\n",
               HEAD "fn @f(int) -> int {\nblock0(v0: int):\n"
               "    v1: int = int.add v0, v0\n"
               "    v2: str = const.str \"x\"\n"
               "    print sep=v2, end=v2\n"
               "    ret v0\n}\n");
}

static void dce_removes_dead_params_and_args(void **state)
{
    (void)state;
    /* v3 is loop-carried but only feeds itself; v5 is a dead param of
     * block2, fed from two branches. */
    run_passes("dce",
               "fn @f(int) -> int {\nblock0(v0: int):\n"
               "    v1: int = const.int 0\n"
               "    v2: float = const.float 1.5\n"
               "    br block1(v1, v2)\n"
               "block1(v3: int, v4: float):\n"
               "    v5: int = const.int 1\n"
               "    v6: int = int.add v3, v5\n"
               "    v7: bool = int.cmp lt v6, v0\n"
               "    v8: float = float.mul v4, v4\n"
               "    condbr v7, block1(v6, v8), block2(v8)\n"
               "block2(v9: float):\n"
               "    ret v6\n}\n",
               HEAD "fn @f(int) -> int {\nblock0(v0: int):\n"
               "    v1: int = const.int 0\n"
               "    br block1(v1)\n"
               "block1(v2: int):\n"
               "    v3: int = const.int 1\n"
               "    v4: int = int.add v2, v3\n"
               "    v5: bool = int.cmp lt v4, v0\n"
               "    condbr v5, block1(v4), block2\n"
               "block2:\n"
               "    ret v4\n}\n");
}

static void dce_keeps_iter_item_and_entry_params(void **state)
{
    (void)state;
    const char *src = HEAD "fn @f(int, int) -> None {\nblock0(v0: int, v1: int):\n"
                      "    v2: range = range.new v0, v0, v0\n"
                      "    v3: iter[int] = iter.new v2\n"
                      "    br block1\n"
                      "block1:\n"
                      "    iter.next v3, block2, block3\n"
                      "block2(v4: int):\n"
                      "    br block1\n"
                      "block3:\n"
                      "    v5: None = const.none\n"
                      "    ret v5\n}\n";
    run_passes("dce", src, src);
}

static void simplify_cfg_merges_chains(void **state)
{
    (void)state;
    run_passes("simplify-cfg",
               "fn @f(int) -> int {\nblock0(v0: int):\n"
               "    br block1(v0)\n"
               "block1(v1: int):\n"
               "    v2: int = int.add v1, v1\n"
               "    br block2(v2, v1)\n"
               "block2(v3: int, v4: int):\n"
               "    v5: int = int.mul v3, v4\n"
               "    ret v5\n}\n",
               HEAD "fn @f(int) -> int {\nblock0(v0: int):\n"
               "    v1: int = int.add v0, v0\n"
               "    v2: int = int.mul v1, v0\n"
               "    ret v2\n}\n");
}

static void simplify_cfg_removes_unreachable_and_keeps_joins(void **state)
{
    (void)state;
    run_passes("simplify-cfg",
               "fn @f(bool) -> int {\nblock0(v0: bool):\n"
               "    condbr v0, block1, block3\n"
               "block1:\n"
               "    v1: int = const.int 1\n"
               "    br block4(v1)\n"
               "block2:\n"                             /* unreachable */
               "    v2: int = const.int 2\n"
               "    br block4(v2)\n"
               "block3:\n"
               "    v3: int = const.int 3\n"
               "    br block4(v3)\n"
               "block4(v4: int):\n"                    /* a join: two live preds, stays */
               "    ret v4\n}\n",
               HEAD "fn @f(bool) -> int {\nblock0(v0: bool):\n"
               "    condbr v0, block1, block2\n"
               "block1:\n"
               "    v1: int = const.int 1\n"
               "    br block3(v1)\n"
               "block2:\n"
               "    v2: int = const.int 3\n"
               "    br block3(v2)\n"
               "block3(v3: int):\n"
               "    ret v3\n}\n");
}

static void manager_rejects_unknown_pass(void **state)
{
    (void)state;
    Captured c;
    capture_init(&c);
    PassOptions opt = {.dump_after = "nope"};
    assert_int_equal(pass_list_check("dce,frobnicate,", &opt, &c.diag), 3);
    const char *text = capture_text(&c);
    assert_contains(text, "unknown pass 'frobnicate'");
    assert_contains(text, "empty pass name");
    assert_contains(text, "unknown pass 'nope' in --dump-after");
    assert_int_equal(pass_list_check("", NULL, &c.diag), 0);
    assert_int_equal(pass_lookup("simplify-cfg", 12), PASS_SIMPLIFY_CFG);
    capture_free(&c);
}

static void manager_dumps_after_named_pass(void **state)
{
    (void)state;
    Captured c;
    capture_init(&c);
    IrModule *m = parse_text(&c, "fn @f() -> None {\nblock0:\n v0: None = const.none\n ret v0\n}\n");
    assert_non_null(m);
    char *buf = NULL;
    size_t len = 0;
    FILE *dump = open_memstream(&buf, &len);
    PassOptions opt = {.verify_each = true, .dump_after = "dce", .dump_out = dump};
    assert_true(pass_run_list(m, "dce,simplify-cfg,dce", &opt, &c.diag));
    fclose(dump);
    const char *second = strstr(buf, "; ---- IR after dce ----\n; portalisc IR\n");
    assert_non_null(second);
    assert_non_null(strstr(second + 1, "; ---- IR after dce ----\n"));
    assert_null(strstr(buf, "after simplify-cfg"));
    free(buf);
    assert_false(pass_run_list(m, "dce,nope", &opt, &c.diag));
    assert_contains(capture_text(&c), "unknown pass 'nope'");
    assert_string_equal(pass_default_pipeline(0), "ownership");
    assert_int_equal(pass_list_check(pass_default_pipeline(2), NULL, &c.diag), 0);
    ir_module_free(m);
    capture_free(&c);
}

/* The lattice: ⊥ is the identity, equal types stay, different ones go to
 * object (int and float too: no silent promotion), tuples of one length
 * join element by element. */
static void lattice_join(void **state)
{
    (void)state;
    IrModule *m = ir_module_new();
    const uint32_t B = PASS_TYPE_BOTTOM, I = IR_TYPE_INT, F = IR_TYPE_FLOAT, O = IR_TYPE_OBJECT;
    assert_int_equal(pass_type_join(m, B, B), B);
    assert_int_equal(pass_type_join(m, B, I), I);
    assert_int_equal(pass_type_join(m, F, B), F);
    assert_int_equal(pass_type_join(m, I, I), I);
    assert_int_equal(pass_type_join(m, I, F), O);
    assert_int_equal(pass_type_join(m, IR_TYPE_BOOL, I), O);
    assert_int_equal(pass_type_join(m, O, B), O);
    assert_int_equal(pass_type_join(m, O, IR_TYPE_STR), O);
    TypeId is[2] = {{I}, {IR_TYPE_STR}}, fs[2] = {{F}, {IR_TYPE_STR}}, os[2] = {{O}, {IR_TYPE_STR}};
    uint32_t t1 = ir_type_tuple(m, is, 2).id, t2 = ir_type_tuple(m, fs, 2).id;
    assert_int_equal(pass_type_join(m, t1, t2), ir_type_tuple(m, os, 2).id);
    assert_int_equal(pass_type_join(m, t1, ir_type_tuple(m, is, 1).id), O);
    ir_module_free(m);
}

/* `?` and py.* ops verify only as untyped IR; a pass list without
 * specialize keeps them. */
static void strict_verifier_rejects_untyped_ir(void **state)
{
    (void)state;
    Captured c;
    capture_init(&c);
    IrModule *m = parse_ok(&c, "global @g: ?\nfn @f(?) -> ? {\nblock0(v0: ?):\n"
                               "    v1: ? = py.unop neg v0\n    ret v1\n}\n");
    assert_int_equal(ir_verify_untyped(m, &c.diag), 0);
    assert_int_equal(ir_verify(m, &c.diag), 2);   /* the global, the signature (structure stops there) */
    assert_contains(capture_text(&c), "global @g has a type with `?`");
    assert_contains(capture_text(&c), "in @f: the signature has a `?`");
    PassOptions opt = {.verify_each = true};
    assert_true(pass_run_list(m, "dce", &opt, &c.diag));
    char *text = print_module(m);
    assert_contains(text, "v1: ? = py.unop neg v0");
    free(text);
    assert_true(pass_list_contains("dce,specialize", PASS_SPECIALIZE));
    assert_false(pass_list_contains("dce,typeinfer", PASS_SPECIALIZE));
    ir_module_free(m);
    capture_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dce_removes_dead_pure_code),
        cmocka_unit_test(dce_removes_dead_params_and_args),
        cmocka_unit_test(dce_keeps_iter_item_and_entry_params),
        cmocka_unit_test(simplify_cfg_merges_chains),
        cmocka_unit_test(simplify_cfg_removes_unreachable_and_keeps_joins),
        cmocka_unit_test(manager_rejects_unknown_pass),
        cmocka_unit_test(manager_dumps_after_named_pass),
        cmocka_unit_test(lattice_join),
        cmocka_unit_test(strict_verifier_rejects_untyped_ir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
