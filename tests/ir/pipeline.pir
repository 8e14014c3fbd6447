; simplify-cfg then dce: the merged block's dead constant disappears, the
; --dump-after hook prints the IR between the passes (on stderr).
; RUN: portalis-opt --passes=simplify-cfg,dce --dump-after=simplify-cfg %s 2>&1
; CHECK: ; ---- IR after simplify-cfg ----
; CHECK: v1: int = const.int 7
; CHECK: ; portalisc IR
; CHECK: fn @main() -> None {
; CHECK-NEXT: block0:
; CHECK-NEXT: v0: None = const.none
; CHECK-NEXT: ret v0
fn @main() -> None {
block0:
    v0: None = const.none
    br block1
block1:
    v1: int = const.int 7
    ret v0
}
