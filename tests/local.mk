# tests/ — the end-to-end differential suite.  Unit tests live in the
# fragment of the folder they test.
TESTS += tests/e2e/e2e.test
dist_noinst_SCRIPTS += tests/e2e/run-e2e tests/e2e/e2e.test
EXTRA_DIST += \
	$(wildcard $(srcdir)/tests/conformance/*.py) \
	$(wildcard $(srcdir)/tests/conformance/*.expected) \
	$(wildcard $(srcdir)/tests/e2e/run/*.py) \
	$(wildcard $(srcdir)/tests/e2e/run/*.stdin) \
	$(wildcard $(srcdir)/tests/e2e/reject/*.py)
TESTS += tests/driver/driver.test
dist_noinst_SCRIPTS += tests/driver/driver.test
TESTS += tests/frontend/lib-agreement.test
dist_noinst_SCRIPTS += tests/frontend/lib-agreement.test
