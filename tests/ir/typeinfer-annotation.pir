; Annotations (concrete types in the IR) are upper bounds that are checked,
; never widened: a `?` value that infers to str passed to an int parameter,
; returned from a function annotated float, or passed to an int block
; parameter is a diagnostic at the instruction that makes the flow.
; RUN: not portalis-opt --passes=typeinfer %s 2>&1
; CHECK: in @__module__ at 12:5: 's' is a str here, but parameter 1 of @takes_int is annotated int
; CHECK: in @__module__ at 13:5: 's' is a str here, but the return type of @__module__ is annotated float
; CHECK: in @loop at 20:5: 's' is a str here, but 'i' (parameter 1 of block1) is annotated int
; CHECK-NOT: error
fn @takes_int(int) -> int {
block0(v0 "n": int):
    ret v0
}
fn @__module__() -> float {
block0:
    v0: str = const.str "a"
    v1 "s": ? = py.binop add v0, v0
    v2: int = call @takes_int(v1) !12:5
    ret v1 !13:5
}
fn @loop() -> None {
block0:
    v0: str = const.str "a"
    v5: int = const.int 3
    v6 "s": ? = py.binop mul v0, v5
    br block1(v6) !20:5
block1(v2 "i": int):
    v3: None = const.none
    ret v3
}
