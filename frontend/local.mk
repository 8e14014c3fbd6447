## frontend/local.mk — lexer, parser and AST (automake fragment, included by
## the top Makefile.am; non-recursive, so every path is relative to the top).
## flex and bison outputs go to the build directory, so `make distcheck`
## works with a read-only srcdir.

libportalis_a_SOURCES += \
	frontend/frontend.h \
	frontend/ast.h \
	frontend/ast.def \
	frontend/ast.c \
	frontend/build.c \
	frontend/lex.c \
	frontend/parse.c \
	frontend/parse_internal.h \
	frontend/source.c \
	frontend/strings.c \
	frontend/ucd_names.inc
# (the only nodist sources of the library; if another fragment adds some, the
# top Makefile.am should set `nodist_libportalis_a_SOURCES =` and this use +=)
nodist_libportalis_a_SOURCES = \
	frontend/lexer.c \
	frontend/parser.c \
	frontend/parser.h

BUILT_SOURCES += frontend/lexer.c frontend/parser.c frontend/parser.h
CLEANFILES += frontend/lexer.c frontend/parser.c frontend/parser.h frontend/parser.output
EXTRA_DIST += frontend/lexer.l frontend/parser.y

# bison -d writes parser.c and parser.h in one run; parser.h depends on
# parser.c so that a parallel make runs bison once.
frontend/parser.c: $(srcdir)/frontend/parser.y
	@$(MKDIR_P) frontend
	$(AM_V_GEN)$(BISON) -Wall -d -o frontend/parser.c $(srcdir)/frontend/parser.y
frontend/parser.h: frontend/parser.c
	@test -f $@ || { rm -f frontend/parser.c; $(MAKE) $(AM_MAKEFLAGS) frontend/parser.c; }

frontend/lexer.c: $(srcdir)/frontend/lexer.l frontend/parser.h
	@$(MKDIR_P) frontend
	$(AM_V_GEN)$(FLEX) -o frontend/lexer.c $(srcdir)/frontend/lexer.l

# tests
check_PROGRAMS += tests/frontend/test_lexer tests/frontend/test_parser tests/frontend/parse_main
TESTS += tests/frontend/test_lexer tests/frontend/test_parser

tests_frontend_test_lexer_SOURCES = tests/frontend/test_lexer.c tests/frontend/frontend_test.h
tests_frontend_test_lexer_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_frontend_test_lexer_LDADD = $(LDADD) $(CMOCKA_LIBS)

tests_frontend_test_parser_SOURCES = tests/frontend/test_parser.c tests/frontend/frontend_test.h
tests_frontend_test_parser_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_frontend_test_parser_LDADD = $(LDADD) $(CMOCKA_LIBS)

tests_frontend_parse_main_SOURCES = tests/frontend/parse_main.c
tests_frontend_parse_main_LDADD = $(LDADD)

EXTRA_DIST += tools/check-lib-agreement bench/frontend
