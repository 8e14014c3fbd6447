; An op whose operand types have no typed form (Python raises TypeError, or
; the typed IR has no op for it) stays generic on boxed operands: the
; runtime raises CPython's TypeError if it runs, or computes the result
; (str * int).  A result inference knows (str * int is a str) is unboxed.
; RUN: portalis-opt --passes=typeinfer,specialize %s
; CHECK: v2: object = obj.box v0 !4:7
; CHECK-NEXT: v3: object = obj.box v1 !4:7
; CHECK-NEXT: v4: object = py.binop sub v2, v3 !4:7
; CHECK: v7: bool = py.cmp lt v5, v6 !5:7
; CHECK: v10: object = py.binop mul v8, v9 !6:7
; CHECK-NEXT: v11: str = obj.unbox v10 !6:7
; CHECK: v14: object = py.unop invert v13 !7:7
fn @__module__() -> None {
block0:
    v0: str = const.str "a"
    v1: int = const.int 1
    v2: ? = py.binop sub v0, v1 !4:7
    v3: ? = py.cmp lt v0, v1 !5:7
    v4: ? = py.binop mul v0, v1 !6:7
    v5: float = const.float 1.0
    v6: ? = py.unop invert v5 !7:7
    v7: None = const.none
    ret v7
}
