# ir/ — the typed SSA IR: types, storage, builder, CFG analyses, verifier,
# text printer and parser; the portalis-opt tool; the IR unit tests and
# filetests (tests/ir/).
libportalis_a_SOURCES += \
	ir/ir.h \
	ir/ir_impl.h \
	ir/ops.def \
	ir/builtins.def \
	ir/module.c \
	ir/types.c \
	ir/ops.c \
	ir/inst.c \
	ir/builder.c \
	ir/cfg.c \
	ir/ownuse.c \
	ir/verify.c \
	ir/print.c \
	ir/parse.c

bin_PROGRAMS += portalis-opt
portalis_opt_SOURCES = tools/portalis-opt.c

# Filetests: tests/ir/*.pir run through portalis-opt by run-filetests.
TESTS += tests/ir/run-filetests
dist_noinst_SCRIPTS += tests/ir/run-filetests
EXTRA_DIST += ir/README.md $(wildcard $(srcdir)/tests/ir/*.pir)

if HAVE_CMOCKA
IR_UNIT_TESTS = tests/ir/test_ir tests/ir/test_text tests/ir/test_passes
check_PROGRAMS += $(IR_UNIT_TESTS)
TESTS += $(IR_UNIT_TESTS)
tests_ir_test_ir_SOURCES = tests/ir/test_ir.c tests/ir/testutil.h
tests_ir_test_ir_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_ir_test_ir_LDADD = $(LDADD) $(CMOCKA_LIBS)
tests_ir_test_text_SOURCES = tests/ir/test_text.c tests/ir/testutil.h
tests_ir_test_text_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_ir_test_text_LDADD = $(LDADD) $(CMOCKA_LIBS)
tests_ir_test_passes_SOURCES = tests/ir/test_passes.c tests/ir/testutil.h
tests_ir_test_passes_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_ir_test_passes_LDADD = $(LDADD) $(CMOCKA_LIBS)
endif
