; annot.check names one of the function's annotations (its `annot` lines).
; RUN: not portalis-opt %s 2>&1
; CHECK: in @f, block0: `annot.check v0, 1`: names no annotation of the function
fn @f(?) -> None {
    annot 0 "x": list[int]
block0(v0 "x": ?):
    annot.check v0, 1
    v1: None = const.none
    ret v1
}
