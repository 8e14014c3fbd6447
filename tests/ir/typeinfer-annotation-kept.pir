; Annotations never change an inferred type: @first's parameter, annotated
; Optional[int] but only ever given ints, is an int after specialize, and
; @ys, annotated with a bare `list` (list[object]: a list of anything), is
; the list[int] it holds.  The annotations stay in the IR; specialize
; deletes the annot.check instructions, which only typeinfer reads.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: global @ys: list[int] !20:1 annot list[object] !20:5
; CHECK: fn @first(int) -> int !22:1 {
; CHECK-NEXT: annot 0 "n": Optional[int] !22:14
; CHECK-NEXT: annot 1: int !22:33
; CHECK-NEXT: block0(v0 "n": int):
; CHECK: fn @__module__() -> None {
; CHECK-NEXT: annot 0 "t": tuple[int,...] !27:5
; CHECK-NEXT: block0:
; CHECK-NEXT: v0: int = const.int 3
; CHECK-NEXT: v1: int = call @first(v0)
; CHECK-NOT: annot.check
; CHECK: ret
global @ys: ? !20:1 annot list[object] !20:5
fn @first(?) -> int !22:1 {
    annot 0 "n": Optional[int] !22:14
    annot 1: int !22:33
block0(v0 "n": ?):
    ret v0
}
fn @__module__() -> None {
    annot 0 "t": tuple[int,...] !27:5
block0:
    v0: int = const.int 3
    v1: int = call @first(v0)
    v2: tuple[int,int] = tuple.new v0, v1
    annot.check v2, 0
    v3: ? = py.list v1
    global.set @ys, v3
    v4: None = const.none
    ret v4
}
