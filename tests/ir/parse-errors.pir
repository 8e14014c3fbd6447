; Malformed text is rejected with file:line:col, the line and a caret.
; RUN: not portalis-opt %s 2>&1
; CHECK: parse-errors.pir:12:15: error: unknown instruction 'int.plus'
; CHECK-NEXT: 12 |     v1: int = int.plus v0, v0
; CHECK-NEXT: |               ^
fn @f(int) -> int {
block0(v0: int):
    v2: int = const.int 1



    v1: int = int.plus v0, v0
    ret v1
}
