; typeinfer+specialize, numeric tower: int op float -> float with int.to_float
; inserted, `/` -> float, int**int -> int, bool promotes to int, str+str ->
; str.concat, float < int mirrored into int_float.cmp, truth of an int.
; RUN: portalis-opt --passes=typeinfer,specialize %s
; CHECK: fn @f(int, float) -> float {
; CHECK-NEXT: block0(v0 "a": int, v1 "b": float):
; CHECK-NEXT: v2: float = int.to_float v0
; CHECK-NEXT: v3: float = float.add v2, v1
; CHECK-NEXT: v4: float = int.truediv v0, v0
; CHECK-NEXT: v5: int = int.pow v0, v0
; CHECK-NEXT: v6: float = float.neg v1
; CHECK-NEXT: v7: bool = int_float.cmp gt v0, v1
; CHECK-NEXT: v8: bool = truth v0
; CHECK-NEXT: v9: float = float.mul v3, v6
; CHECK-NEXT: ret v9
; CHECK: v2: float = call @f(v0, v1)
; CHECK-NEXT: v3: bool = const.bool true
; CHECK-NEXT: v4: int = bool.to_int v3
; CHECK-NEXT: v5: int = bool.to_int v3
; CHECK-NEXT: v6: int = int.add v4, v5
; CHECK: v8: str = str.concat v7, v7
; CHECK-NOT: ?
fn @f(?, ?) -> ? {
block0(v0 "a": ?, v1 "b": ?):
    v2: ? = py.binop add v0, v1
    v3: ? = py.binop truediv v0, v0
    v4: ? = py.binop pow v0, v0
    v5: ? = py.unop neg v1
    v6: ? = py.cmp lt v1, v0
    v7: ? = py.truth v0
    v8: ? = py.binop mul v2, v5
    ret v8
}
fn @__module__() -> None {
block0:
    v0: int = const.int 2
    v1: float = const.float 1.5
    v2: ? = call @f(v0, v1)
    v3: bool = const.bool true
    v4: ? = py.binop add v3, v3
    v5: str = const.str "a"
    v6: ? = py.binop add v5, v5
    v7: None = const.none
    ret v7
}
