/* options.c — command-line parsing for portalisc, GCC/rustc conventions:
 * single-dash -o/-O, double-dash long options with '=', exit 2 on bad usage. */
#include "tools/driver.h"

#include <stdlib.h>
#include <string.h>

#include "config.h"

static const char usage_text[] =
    "usage: portalisc [options] FILE.py...\n"
    "\n"
    "Compiles Python 3.11 programs to idiomatic, std-only Rust.\n"
    "\n"
    "  -o FILE                 write the output to FILE ('-' for standard output)\n"
    "  --emit=rust|ir          what to write: Rust source (default) or the typed SSA IR\n"
    "  --emit=ir-untyped       the IR as lowered, before type inference and passes\n"
    "  -fsyntax-only           only parse the inputs (any number of files)\n"
    "  --check                 run every analysis, report diagnostics, write nothing\n"
    "  -O0, -O1, -O2           optimisation level (default -O1)\n"
    "  --passes=LIST           run exactly these IR passes, comma-separated\n"
    "  --dump-after=PASS       print the IR to standard error after PASS\n"
    "  --verify-each           verify the IR after every pass\n"
    "  -Wdynamic               warn where a value needs the dynamic object type\n"
    "  -fno-typed-lists        keep every list in the dynamic object representation\n"
    "  -fdiagnostics-format=text|json\n"
    "                          how diagnostics are written (default text)\n"
    "  -fcolor-diagnostics, -fno-color-diagnostics\n"
    "                          colour diagnostics (default: when stderr is a terminal)\n"
    "  --help, --version\n";

static int usage_error(const char *fmt, const char *arg)
{
    fputs("portalisc: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'portalisc --help' for more information.\n", stderr);
    return 2;
}

/* Matches "--name=value" and returns value, else NULL. */
static const char *option_value(const char *arg, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(arg, name, n) == 0 && arg[n] == '=') return arg + n + 1;
    return NULL;
}

int driver_parse_options(int argc, char **argv, DriverOptions *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->emit = EMIT_RUST;
    opts->opt_level = 1;
    opts->typed_lists = true;
    opts->color = -1;
    bool only_inputs = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *val;
        if (only_inputs || arg[0] != '-' || strcmp(arg, "-") == 0) {
            vec_push(&opts->inputs, arg);
        } else if (strcmp(arg, "--") == 0) {
            only_inputs = true;
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(usage_text, stdout);
            return -1;
        } else if (strcmp(arg, "--version") == 0) {
            printf("portalisc %s\n", PACKAGE_VERSION);
            return -1;
        } else if (strcmp(arg, "-o") == 0) {
            if (++i == argc) return usage_error("missing file name after '%s'", arg);
            opts->output = argv[i];
        } else if (strncmp(arg, "-o", 2) == 0) {
            opts->output = arg + 2;
        } else if ((val = option_value(arg, "--emit"))) {
            if (strcmp(val, "rust") == 0) opts->emit = EMIT_RUST;
            else if (strcmp(val, "ir") == 0) opts->emit = EMIT_IR;
            else if (strcmp(val, "ir-untyped") == 0) opts->emit = EMIT_IR_UNTYPED;
            else if (strcmp(val, "llvm") == 0 || strcmp(val, "wasm") == 0 ||
                     strcmp(val, "exe") == 0 || strcmp(val, "crate") == 0)
                return usage_error("--emit=%s is not available in this release", val);
            else return usage_error("unknown --emit kind '%s' (expected rust, ir or ir-untyped)", val);
        } else if (strcmp(arg, "-fsyntax-only") == 0) {
            opts->syntax_only = true;
        } else if (strcmp(arg, "--check") == 0) {
            opts->check_only = true;
        } else if (strcmp(arg, "-Wdynamic") == 0) {
            opts->warn_dynamic = true;
        } else if (strcmp(arg, "-Wno-dynamic") == 0) {
            opts->warn_dynamic = false;
        } else if (strcmp(arg, "-ftyped-lists") == 0) {
            opts->typed_lists = true;
        } else if (strcmp(arg, "-fno-typed-lists") == 0) {
            opts->typed_lists = false;
        } else if (strcmp(arg, "--verify-each") == 0) {
            opts->verify_each = true;
        } else if ((val = option_value(arg, "--passes"))) {
            opts->passes = val;
        } else if ((val = option_value(arg, "--dump-after"))) {
            opts->dump_after = val;
        } else if (arg[1] == 'O' && arg[2] >= '0' && arg[2] <= '2' && arg[3] == '\0') {
            opts->opt_level = arg[2] - '0';
        } else if ((val = option_value(arg, "-fdiagnostics-format"))) {
            if (strcmp(val, "text") == 0) opts->diag_format = DIAG_FORMAT_TEXT;
            else if (strcmp(val, "json") == 0) opts->diag_format = DIAG_FORMAT_JSON;
            else return usage_error("unknown diagnostics format '%s' (expected text or json)", val);
        } else if (strcmp(arg, "-fcolor-diagnostics") == 0) {
            opts->color = 1;
        } else if (strcmp(arg, "-fno-color-diagnostics") == 0) {
            opts->color = 0;
        } else {
            return usage_error("unknown option '%s'", arg);
        }
    }
    if (opts->inputs.len == 0) return usage_error("%s", "no input files");
    if (opts->output && opts->inputs.len > 1 && !opts->syntax_only)
        return usage_error("%s", "-o cannot be used with several input files");
    return 0;
}

void driver_options_free(DriverOptions *opts)
{
    vec_free(&opts->inputs);
}
