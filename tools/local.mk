# tools/ — the portalisc driver.
bin_PROGRAMS += portalisc
portalisc_SOURCES = \
	tools/driver.h \
	tools/portalisc.c \
	tools/options.c \
	tools/compile.c
dist_noinst_SCRIPTS += tools/autogen tools/check-sanitizers
