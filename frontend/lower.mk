# frontend/lower.mk — the lowering from the AST to the typed SSA IR, with
# type checking (frontend/lower*.c, frontend/ssa.c), and its tests.
libportalis_a_SOURCES += \
	frontend/lower.h \
	frontend/lower_int.h \
	frontend/lower.c \
	frontend/lower_types.c \
	frontend/lower_expr.c \
	frontend/lower_stmt.c \
	frontend/lower_call.c \
	frontend/lower_container.c \
	frontend/ssa.c

# tests/lower: .py inputs with CHECK: lines (IR shapes, typed or as lowered)
# or expected diagnostics, run through `portalisc --emit=ir` / `--emit=ir-untyped`.
TESTS += tests/lower/lower.test
dist_noinst_SCRIPTS += tests/lower/lower.test
EXTRA_DIST += \
	$(wildcard $(srcdir)/tests/lower/ir/*.py) \
	$(wildcard $(srcdir)/tests/lower/untyped/*.py) \
	$(wildcard $(srcdir)/tests/lower/reject/*.py)
