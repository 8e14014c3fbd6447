/* frontend.h — the public face of frontend/: Python 3.11 source to AST.
 * Everything is reentrant: no global state, so several files can be parsed
 * on several threads at once, each with its own Arena and DiagEngine.
 * Errors are reported through the DiagEngine (one diagnostic per bad file,
 * the first error, as CPython does); nothing here prints or exits. */
#ifndef PORTALIS_FRONTEND_H
#define PORTALIS_FRONTEND_H

#include "support/support.h"
#include "frontend/ast.h"

/* CPython's limits, enforced with the same verdicts. */
enum {
    LEX_MAX_PAREN_DEPTH = 200,   /* "too many nested parentheses" */
    LEX_MAX_INDENT_DEPTH = 100,  /* "too many levels of indentation" */
    PARSE_MAX_NEST_DEPTH = 2900, /* AST nesting beyond this is "too complex" */
};

/* Parses the file registered in diag under file_id (diag_load_file or
 * diag_add_source).  Handles a UTF-8 BOM and a PEP 263 coding cookie
 * (transcoding to UTF-8 with iconv).  Returns the module, allocated in arena,
 * or NULL after reporting exactly one diagnostic.  The returned tree nests
 * at most PARSE_MAX_NEST_DEPTH nodes deep, so recursive walkers are safe. */
AstModule *parse_file(Arena *arena, DiagEngine *diag, uint32_t file_id);

/* Tokenizes the file and appends one line per token to out:
 *     LINE:COL KIND 'text'
 * (KIND as named in parser.y: NAME, NUMBER, STRING, INDENT, '(' ...).
 * For tests and debugging.  Returns false after reporting a lexical error. */
bool lex_dump_tokens(Arena *arena, DiagEngine *diag, uint32_t file_id, StrBuf *out);

#endif
