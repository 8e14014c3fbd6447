/* parse_main.c — test helper standing in for `portalisc -fsyntax-only`:
 * parses every file named (or the code given with -c), prints diagnostics,
 * and with --dump / --tokens the AST dump / token stream of each.
 * Exit status: 0 when every file parsed, 1 when any failed, 2 on bad usage. */
#include "support/support.h"
#include "frontend/frontend.h"

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    bool dump = false, tokens = false, any = false;
    int status = 0;
    DiagEngine diag;
    diag_init(&diag, stderr);
    for (int i = 1; i < argc; i++) {
        uint32_t file;
        if (strcmp(argv[i], "--dump") == 0) { dump = true; continue; }
        if (strcmp(argv[i], "--tokens") == 0) { tokens = true; continue; }
        if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) {
            i++;
            file = diag_add_source(&diag, "<string>", argv[i], strlen(argv[i]));
        } else if (argv[i][0] == '-' && argv[i][1] && argv[i][1] != '-') {
            fprintf(stderr, "usage: parse_main [--dump] [--tokens] [-c CODE] FILE...\n");
            return 2;
        } else {
            file = diag_load_file(&diag, argv[i]);
        }
        any = true;
        if (!file) { status = 1; continue; }
        Arena arena;
        arena_init(&arena);
        StrBuf out;
        sb_init(&out);
        if (tokens) {
            if (!lex_dump_tokens(&arena, &diag, file, &out)) status = 1;
        } else {
            AstModule *mod = parse_file(&arena, &diag, file);
            if (!mod) status = 1;
            else if (dump) { ast_dump(&out, mod); sb_putc(&out, '\n'); }
        }
        if (out.data) fputs(out.data, stdout);
        sb_free(&out);
        arena_free(&arena);
        /* drop the text of files already parsed: a run over all of Lib/ stays small */
        SourceFile *f = diag_file(&diag, file);
        if (f) { free(f->text); f->text = xstrdup(""); f->len = 0; free(f->line_starts); f->line_starts = NULL; f->nlines = 0; }
    }
    if (!any) {
        fprintf(stderr, "usage: parse_main [--dump] [--tokens] [-c CODE] FILE...\n");
        return 2;
    }
    diag_flush(&diag);
    diag_dispose(&diag);
    return status;
}
