; Interprocedural and recursive: fib's `?` parameter is the join of the
; arguments at every call site (the module's int and its own n-1, n-2), its
; `?` return the join of its ret operands (n and the sum of two recursive
; calls), reached by the worklist's fixpoint.
; RUN: portalis-opt --passes=typeinfer,specialize --verify-each %s
; CHECK: fn @fib(int) -> int {
; CHECK-NEXT: block0(v0 "n": int):
; CHECK-NEXT: v1: int = const.int 2
; CHECK-NEXT: v2: bool = int.cmp lt v0, v1
; CHECK-NEXT: condbr v2, block1, block2
; CHECK: v4: int = int.sub v0, v3
; CHECK-NEXT: v5: int = call @fib(v4)
; CHECK: v8: int = call @fib(v7)
; CHECK-NEXT: v9: int = int.add v5, v8
; CHECK-NEXT: ret v9
; CHECK: v1 "r": int = call @fib(v0)
; CHECK-NEXT: v2: str = to_str v1
fn @fib(?) -> ? {
block0(v0 "n": ?):
    v1: int = const.int 2
    v2: ? = py.cmp lt v0, v1
    v3: ? = py.truth v2
    condbr v3, block1, block2
block1:
    ret v0
block2:
    v4: int = const.int 1
    v5: ? = py.binop sub v0, v4
    v6: ? = call @fib(v5)
    v7: int = const.int 2
    v8: ? = py.binop sub v0, v7
    v9: ? = call @fib(v8)
    v10: ? = py.binop add v6, v9
    ret v10
}
fn @__module__() -> None {
block0:
    v0: int = const.int 20
    v1 "r": ? = call @fib(v0)
    v2: str = to_str v1
    v3: str = const.str " "
    print v2, sep=v3, end=v3
    v4: None = const.none
    ret v4
}
