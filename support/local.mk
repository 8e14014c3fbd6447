# support/ — arenas, growable arrays, string buffers, diagnostics.
libportalis_a_SOURCES += \
	support/support.h \
	support/memory.c \
	support/strbuf.c \
	support/diag.c
