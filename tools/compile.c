/* compile.c — the compile pipeline, on one screen:
 *     load → parse → lower → verify → passes → verify → emit → write
 * Each stage reports through the DiagEngine and stops the file on error;
 * an output file is written whole or not at all (temp file + rename). */
#include "tools/driver.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "backend_rust/rust.h"
#include "frontend/frontend.h"
#include "frontend/lower.h"
#include "ir/ir.h"
#include "passes/passes.h"

/* "dir/prog.py" -> "prog.rs" (GCC convention: beside the working directory). */
static char *default_output(const char *input, const char *ext)
{
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".py") == 0) n -= 3;
    StrBuf sb;
    sb_init(&sb);
    sb_putn(&sb, base, n);
    sb_puts(&sb, ext);
    return sb_take(&sb);
}

/* Writes text to path atomically, or to stdout for "-". */
static bool write_output(DiagEngine *diag, const char *path, const StrBuf *text)
{
    size_t len = text->len;
    const char *data = text->data ? text->data : "";
    if (strcmp(path, "-") == 0) {
        return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0;
    }
    StrBuf tmp;
    sb_init(&tmp);
    sb_printf(&tmp, "%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp.data);
    bool ok = fd >= 0;
    if (ok) {
        FILE *fp = fdopen(fd, "wb");
        ok = fp && fwrite(data, 1, len, fp) == len;
        ok = (fp ? fclose(fp) == 0 : (close(fd), false)) && ok;
        ok = ok && rename(tmp.data, path) == 0;
        if (!ok) remove(tmp.data);
    }
    if (!ok) diag_global(diag, DIAG_ERROR, "cannot write '%s': %s", path, strerror(errno));
    sb_free(&tmp);
    return ok;
}

/* Parses every input; one diagnostic per bad file, like gcc -fsyntax-only.
 * One arena serves every file (reset, not freed, in between), and a file's
 * text is released once its parse has reported, so a run over thousands of
 * files keeps reusing the same warm pages instead of faulting in new ones. */
static int syntax_check(const DriverOptions *opts, DiagEngine *diag)
{
    bool all_ok = true;
    Arena arena;
    arena_init(&arena);
    for (uint32_t i = 0; i < opts->inputs.len; i++) {
        uint32_t file = diag_load_file(diag, opts->inputs.data[i]);
        if (!file) {
            all_ok = false;
            continue;
        }
        if (!parse_file(&arena, diag, file)) all_ok = false;
        arena_reset(&arena);
        /* its diagnostic, if any, is out (JSON keeps no text) */
        diag_release_text(diag, file);
    }
    arena_free(&arena);
    return all_ok ? 0 : 1;
}

static bool run_passes(const DriverOptions *opts, IrModule *m, DiagEngine *diag)
{
    PassOptions popts = {
        .verify_each = opts->verify_each,
        .dump_after = opts->dump_after,
        .dump_out = stderr,
    };
    const char *list = opts->passes ? opts->passes : pass_default_pipeline(opts->opt_level);
    return pass_run_list(m, list, &popts, diag);
}

/* Whether the lowering left types to infer: a `?` in a signature or a
 * value, or a generic py.* op (passes/TYPEINFER.md); or annotations for
 * typeinfer to check (annot.check). */
static bool module_untyped(const IrModule *m)
{
    for (uint32_t fi = 0; fi < m->funcs.len; fi++) {
        const IrFunc *f = &m->funcs.data[fi];
        if (ir_type_has_unknown(m, f->type)) return true;
        for (uint32_t v = 0; v < f->values.len; v++)
            if (ir_type_has_unknown(m, f->values.data[v].type)) return true;
        for (uint32_t i = 0; i < f->insts.len; i++)
            if ((ir_op_flags((IrOp)f->insts.data[i].op) & IR_GENERIC) || f->insts.data[i].op == IR_ANNOT_CHECK)
                return true;
    }
    return false;
}

/* Untyped IR: verified as such, then clone,typeinfer,specialize make it strictly
 * typed (their diagnostics fail the file).  Returns false on failure;
 * *internal is set when the IR itself was malformed. */
static bool infer_types(const DriverOptions *opts, IrModule *m, DiagEngine *diag, bool *internal)
{
    *internal = ir_verify_untyped(m, diag) != 0;
    if (*internal) return false;
    PassOptions popts = {
        .verify_each = opts->verify_each,
        .dump_after = NULL,
        .warn_dynamic = opts->warn_dynamic,
        .typed_lists = opts->typed_lists,
        .dump_out = stderr,
    };
    return pass_run_list(m, "clone,typeinfer,specialize", &popts, diag);
}

/* Writes the module as IR text (standard output unless -o) or as Rust
 * (prog.py -> prog.rs unless -o).  Nothing is written when emission fails. */
static bool emit(const DriverOptions *opts, IrModule *m, DiagEngine *diag, const char *input)
{
    StrBuf out;
    sb_init(&out);
    bool ok;
    if (opts->emit == EMIT_IR || opts->emit == EMIT_IR_UNTYPED) {
        ir_module_print(m, &out);
        ok = write_output(diag, opts->output ? opts->output : "-", &out);
    } else if ((ok = rs_emit_module(m, diag, &out))) {
        char *path = opts->output ? NULL : default_output(input, ".rs");
        ok = write_output(diag, path ? path : opts->output, &out);
        free(path);
    }
    sb_free(&out);
    return ok;
}

/* The whole pipeline for one program.  Returns true on success. */
static bool compile_one(const DriverOptions *opts, DiagEngine *diag, const char *input)
{
    uint32_t file = diag_load_file(diag, input);
    if (!file) return false;

    Arena ast_arena;
    arena_init(&ast_arena);
    IrModule *m = NULL;
    bool ok = false;

    AstModule *ast = parse_file(&ast_arena, diag, file);
    if (ast) m = lower_module(ast, diag, input);
    arena_free(&ast_arena);                 /* the IR owns everything it needs */
    if (!m) goto done;
    if (opts->emit == EMIT_IR_UNTYPED) {
        if (ir_verify_untyped(m, diag) != 0) goto internal_error;
        ok = emit(opts, m, diag, input);
        goto done;
    }
    if (module_untyped(m)) {
        bool internal = false;
        if (!infer_types(opts, m, diag, &internal)) {
            if (internal) goto internal_error;
            goto done;
        }
    }
    if (ir_verify(m, diag) != 0) goto internal_error;
    if (!run_passes(opts, m, diag)) goto done;
    if (ir_verify(m, diag) != 0) goto internal_error;
    if (opts->check_only) {
        ok = true;
        goto done;
    }

    ok = emit(opts, m, diag, input);
    goto done;

internal_error:
    diag_global(diag, DIAG_ERROR, "internal compiler error: the IR of '%s' failed verification",
                input);
done:
    if (m) ir_module_free(m);
    return ok;
}

int driver_run(const DriverOptions *opts, DiagEngine *diag)
{
    if (opts->syntax_only) return syntax_check(opts, diag);
    bool all_ok = true;
    for (uint32_t i = 0; i < opts->inputs.len; i++)
        if (!compile_one(opts, diag, opts->inputs.data[i])) all_ok = false;
    return all_ok ? 0 : 1;
}
