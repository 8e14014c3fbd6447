/* typerules.h — result types of the generic py.* ops over typeinfer's
 * lattice (typerules.c), shared by typeinfer and specialize. */
#ifndef PORTALIS_TYPERULES_H
#define PORTALIS_TYPERULES_H

#include "passes/passes.h"

/* a <op> b, and <op> a, on lattice values, following CPython's numeric
 * tower; object where no static type results. */
uint32_t rule_binop(IrBinop op, uint32_t a, uint32_t b);
uint32_t rule_unop(IrUnop op, uint32_t a);
/* The result of any generic op with a result (py.binop ... py.format). */
uint32_t rule_generic(IrModule *m, IrOp op, uint64_t imm, const uint32_t *a, uint32_t n);
/* The item type of iterating over a value of lattice type a. */
uint32_t rule_iter_item(IrModule *m, uint32_t a);
/* The result of builtin `imm` (py.builtin's "name[:kws]" / "name*") on args a. */
uint32_t rule_builtin(IrModule *m, const char *imm, size_t len, const uint32_t *a, uint32_t n);
/* The result of a str method. */
uint32_t rule_str_method(const char *name, size_t n);

#endif
