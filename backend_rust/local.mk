# backend_rust/ — CFG structuring, Rust emission and the Rust runtime prelude.
# prelude.rs is embedded in the compiler as C string literals (prelude.inc),
# generated with sed into the build tree so out-of-tree builds and distcheck work.
libportalis_a_SOURCES += \
	backend_rust/rust.h \
	backend_rust/rs_impl.h \
	backend_rust/structure.c \
	backend_rust/coalesce.c \
	backend_rust/scope.c \
	backend_rust/emit.c \
	backend_rust/emit_expr.c \
	backend_rust/emit_object.c \
	backend_rust/emit_list.c \
	backend_rust/emit_dict.c \
	backend_rust/emit_set.c \
	backend_rust/emit_names.c
BUILT_SOURCES += backend_rust/prelude.inc
CLEANFILES += backend_rust/prelude.inc
EXTRA_DIST += backend_rust/prelude.rs

# prelude.rs's `mod py` is emitted without its closing `}` (prelude.inc),
# then, for programs that need it, the container and object runtime pasted
# inside it in this order (prelude_rt.inc), then the `}`.
PRELUDE_PARTS = backend_rust/prelude_fmt.rs backend_rust/prelude_str.rs backend_rust/prelude_seq.rs \
	backend_rust/prelude_map.rs backend_rust/prelude_list.rs backend_rust/prelude_dict.rs backend_rust/prelude_set.rs backend_rust/prelude_vec.rs backend_rust/prelude_obj.rs \
	backend_rust/prelude_objlib.rs backend_rust/prelude_percent.rs
RUST_TO_C_STRING = $(SED) -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/'
backend_rust/prelude.inc: $(srcdir)/backend_rust/prelude.rs
	$(AM_V_GEN)$(MKDIR_P) backend_rust && \
	$(SED) '$$d' $(srcdir)/backend_rust/prelude.rs | $(RUST_TO_C_STRING) > $@-t && mv $@-t $@
backend_rust/prelude_rt.inc: $(PRELUDE_PARTS:%=$(srcdir)/%)
	$(AM_V_GEN)$(MKDIR_P) backend_rust && \
	for part in $(PRELUDE_PARTS); do cat $(srcdir)/$$part; done | $(RUST_TO_C_STRING) > $@-t && mv $@-t $@
BUILT_SOURCES += backend_rust/prelude_rt.inc
CLEANFILES += backend_rust/prelude_rt.inc

# The dynamic object type (prelude_obj.rs) against CPython.
TESTS += tests/rust/obj.test
dist_noinst_SCRIPTS += tests/rust/obj.test tests/rust/obj_test.py
EXTRA_DIST += tests/rust/obj_driver.rs

# Methods and builtins of `object` values (prelude_objlib.rs) against CPython.
TESTS += tests/rust/objlib.test
dist_noinst_SCRIPTS += tests/rust/objlib.test tests/rust/objlib_test.py
EXTRA_DIST += tests/rust/objlib_driver.rs

# Tests: the prelude against CPython, and IR -> Rust -> run against CPython.
TESTS += tests/rust/prelude.test
dist_noinst_SCRIPTS += tests/rust/prelude.test tests/rust/prelude_test.py
EXTRA_DIST += tests/rust/prelude_driver.rs
if HAVE_CMOCKA
check_PROGRAMS += tests/rust/emit_test
TESTS += tests/rust/emit_test
tests_rust_emit_test_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_rust_emit_test_LDADD = libportalis.a $(CMOCKA_LIBS) $(CJSON_LIBS) -lm
endif

# The shape of the emitted Rust (names kept, copies coalesced): CHECK lines.
TESTS += tests/rust/shape.test
dist_noinst_SCRIPTS += tests/rust/shape.test
EXTRA_DIST += $(wildcard $(srcdir)/tests/rust/shape/*.py)

# The typed container and str runtime against CPython.
TESTS += tests/rust/runtime.test
dist_noinst_SCRIPTS += tests/rust/runtime.test tests/rust/runtime_test.py
EXTRA_DIST += tests/rust/rustdiff.py tests/rust/runtime_driver.rs $(PRELUDE_PARTS) backend_rust/OBJECT.md
