# support/ — arenas, growable arrays, string buffers, diagnostics.
libportalis_a_SOURCES += \
	support/support.h \
	support/memory.c \
	support/strbuf.c \
	support/diag.c

if HAVE_CMOCKA
check_PROGRAMS += tests/support/test_support
TESTS += tests/support/test_support
tests_support_test_support_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_support_test_support_LDADD = $(LDADD) $(CMOCKA_LIBS)
endif
