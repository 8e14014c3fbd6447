; Bad usage exits with status 2 before reading the input.
; RUN: portalis-opt --passes=dce,frob %s 2>&1; test $? -eq 2
; RUN: portalis-opt --list-passes
; CHECK: portalisc: error: unknown pass 'frob'
; CHECK: dce
; CHECK-NEXT: simplify-cfg
fn @f() -> None {
block0:
    v0: None = const.none
    ret v0
}
