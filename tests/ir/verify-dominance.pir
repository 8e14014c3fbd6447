; A value used where its definition does not dominate is rejected, and the
; message names the function, the block and the instruction.
; RUN: not portalis-opt %s 2>&1
; CHECK: portalisc: error: in @f, block3: `ret v1`: use of v1 is not dominated by its definition
; CHECK-NOT: error
fn @f(bool) -> int {
block0(v0: bool):
    condbr v0, block1, block2
block1:
    v1: int = const.int 1
    br block3
block2:
    br block3
block3:
    ret v1
}
