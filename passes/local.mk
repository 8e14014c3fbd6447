# passes/ — the pass manager and the IR passes (table: passes/passes.def).
libportalis_a_SOURCES += \
	passes/passes.h \
	passes/passes.def \
	passes/manager.c \
	passes/dce.c \
	passes/simplify_cfg.c \
	passes/clone.c \
	passes/typeinfer.c \
	passes/typerules.h \
	passes/typerules.c \
	passes/sites.h \
	passes/sites.c \
	passes/specialize.c \
	passes/ownership.c
EXTRA_DIST += passes/TYPEINFER.md
