/* rust.h — the public face of backend_rust/: typed SSA IR -> one
 * self-contained Rust source file (edition 2021, std only, no unsafe) that
 * builds without warnings on rustc 1.63 and newer.  The Python runtime it
 * needs (prelude.rs) is appended as `mod py`. */
#ifndef PORTALIS_RUST_H
#define PORTALIS_RUST_H

#include "ir/ir.h"
#include "support/support.h"

/* Appends the Rust translation of m to out.  Returns false, after reporting
 * at least one diagnostic through diag, when m holds IR the backend cannot
 * translate faithfully; out then holds no usable program. */
bool rs_emit_module(IrModule *m, DiagEngine *diag, StrBuf *out);

#endif
