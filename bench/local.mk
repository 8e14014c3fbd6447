# bench/ — benchmark scripts (run by hand, never by make check).
EXTRA_DIST += bench/README.md bench/frontend bench/runtime $(wildcard $(srcdir)/bench/programs/*.py)
