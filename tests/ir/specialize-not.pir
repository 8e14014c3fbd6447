; `not x` of a value whose type the lowering did not know is
; `py.cmp eq (py.truth x), false`: once the truth is a bool, specialize
; makes it bool.not of the truth test (which the Rust emitter fuses:
; `xs.borrow().is_empty()`).  x != True is also bool.not, x == True and
; x != False are x itself.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: v1 "xs": list[int] = py.list v0
; CHECK-NEXT: v2: bool = py.truth v1
; CHECK-NEXT: v3: bool = const.bool false
; CHECK-NEXT: v4 "e": bool = bool.not v2
; CHECK-NEXT: v5: bool = const.bool true
; CHECK-NEXT: v6: bool = bool.not v2
; CHECK-NEXT: v7: str = const.str " "
; CHECK-NEXT: print v4, v6, v2, v2, sep=v7, end=v7
; CHECK-NOT: bool.cmp
fn @__module__() -> None {
block0:
    v0: int = const.int 1
    v1 "xs": ? = py.list v0
    v2: ? = py.truth v1
    v3: bool = const.bool false
    v4 "e": ? = py.cmp eq v2, v3
    v5: bool = const.bool true
    v6: ? = py.cmp ne v2, v5
    v7: ? = py.cmp eq v5, v2
    v8: ? = py.cmp ne v2, v3
    v9: str = const.str " "
    print v4, v6, v7, v8, sep=v9, end=v9
    v10: None = const.none
    ret v10
}
