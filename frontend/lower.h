/* lower.h — the lowering of a Python AST to the typed SSA IR (lower*.c, ssa.c).
 * The lowering type-checks as it goes: every construct it cannot translate
 * with CPython's exact semantics is reported (file:line:col, the construct
 * named in words) instead of being approximated.  Reentrant: all state lives
 * in a context on the caller's stack. */
#ifndef PORTALIS_FRONTEND_LOWER_H
#define PORTALIS_FRONTEND_LOWER_H

#include "frontend/ast.h"
#include "ir/ir.h"

/* Lowers a parsed module.  Functions become IR functions in source order;
 * the module's top-level code becomes the function "__module__" (the
 * module's entry), last.  Returns the new module (owned by the caller, freed
 * with ir_module_free), or NULL after reporting every error found through
 * diag (at least one per bad function).  The AST is only read. */
IrModule *lower_module(const AstModule *ast, DiagEngine *diag, const char *source_name);

#endif
