; An op whose operand types have no typed form (Python raises TypeError, or
; the typed IR has no op for it yet) is reported with its position; typeinfer
; alone accepts it (its result is ⊥), and the untyped IR prints back.
; RUN: not portalis-opt --passes=typeinfer,specialize %s 2>&1
; RUN: portalis-opt --passes=typeinfer %s
; CHECK: in @__module__ at 4:7: unsupported: no typed form of '-' for a str and an int
; CHECK: in @__module__ at 5:7: unsupported: no typed form of '<' for a str and an int
; CHECK: in @__module__ at 6:7: unsupported: no typed form of '*' for a str and an int
; CHECK: in @__module__ at 7:7: unsupported: no typed form of '~' for a float
; CHECK: v2: ? = py.binop sub v0, v1 !4:7
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
