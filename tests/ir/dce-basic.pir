; Unused pure instructions go, transitively; raising and effectful ones stay.
; RUN: portalis-opt --passes=dce --verify-each %s
; CHECK: fn @f(int) -> int {
; CHECK-NEXT: block0(v0 "n": int):
; CHECK-NEXT: v1: int = int.floordiv v0, v0
; CHECK-NEXT: v2: str = const.str "done"
; CHECK-NEXT: print v2, sep=v2, end=v2
; CHECK-NEXT: ret v0
; CHECK-NOT: const.int
; CHECK: }
fn @f(int) -> int {
block0(v0 "n": int):
    v1: int = const.int 3
    v2: int = int.and v0, v1          ; pure, dead: goes, then v1 with it
    v3: int = int.floordiv v0, v0     ; may raise ZeroDivisionError: stays
    v4: bool = int.cmp lt v0, v1
    v5: str = const.str "done"
    print v5, sep=v5, end=v5
    ret v0
}
