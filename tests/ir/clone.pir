; clone: a function whose direct calls pass different types gets one copy
; per signature (show.int, show.str), typed on its own; lists keep their
; element types through their clone (total.list_int, total.list_float); a
; recursive call inside a clone calls that clone; a function called at one
; signature keeps its name (once).
; RUN: portalis-opt --passes=clone,typeinfer,specialize -ftyped-lists %s
; CHECK: fn @show.int(int) -> int {
; CHECK-NEXT: block0(v0 "x": int):
; CHECK-NEXT: v1: int = int.add v0, v0
; CHECK: fn @total.list_int(list[int]) -> int {
; CHECK: v6 "s": int = int.add v4, v5
; CHECK: fn @fact.int(int) -> int {
; CHECK: v5: int = call @fact.int(v4)
; CHECK: fn @once(int) -> int {
; CHECK: fn @__module__() -> None {
; CHECK: v1: int = call @show.int(v0)
; CHECK: v3: str = call @show.str(v2)
; CHECK: v7: int = call @total.list_int(v6)
; CHECK: v10: float = call @total.list_float(v9)
; CHECK: v12: int = call @fact.int(v11)
; CHECK: v14: float = call @fact.float(v13)
; CHECK: v16: int = call @once(v15)
; CHECK: fn @show.str(str) -> str {
; CHECK-NEXT: block0(v0 "x": str):
; CHECK-NEXT: v1: str = str.concat v0, v0
; CHECK: fn @total.list_float(list[float]) -> float {
; CHECK: v6 "s": float = float.add v4, v5
; CHECK: fn @fact.float(float) -> float {
; CHECK: v6: float = call @fact.float(v5)

fn @show(?) -> ? {
block0(v0 "x": ?):
    v1: ? = py.binop add v0, v0
    ret v1
}

fn @total(?) -> ? {
block0(v0 "xs": ?):
    v1: int = const.int 0
    v2 "s": ? = py.getitem v0, v1
    v3: iter[?] = py.iter v0
    br block1(v2)
block1(v4 "s": ?):
    iter.next v3, block2, block3
block2(v5 "x": ?):
    v6 "s": ? = py.binop add v4, v5
    br block1(v6)
block3:
    ret v4
}

fn @fact(?) -> ? {
block0(v0 "n": ?):
    v1: int = const.int 1
    v2: ? = py.cmp le v0, v1
    v3: ? = py.truth v2
    condbr v3, block1, block2
block1:
    ret v0
block2:
    v4: int = const.int 1
    v5: ? = py.binop sub v0, v4
    v6: ? = call @fact(v5)
    v7: ? = py.binop mul v0, v6
    ret v7
}

fn @once(?) -> ? {
block0(v0 "x": ?):
    ret v0
}

fn @__module__() -> None {
block0:
    v0: int = const.int 1
    v1: ? = call @show(v0)
    v2: str = const.str "a"
    v3: ? = call @show(v2)
    v4: int = const.int 1
    v5: int = const.int 2
    v6: ? = py.list v4, v5
    v7: ? = call @total(v6)
    v8: float = const.float 1.5
    v9: ? = py.list v8
    v10: ? = call @total(v9)
    v11: int = const.int 5
    v12: ? = call @fact(v11)
    v13: float = const.float 2.5
    v14: ? = call @fact(v13)
    v15: int = const.int 3
    v16: ? = call @once(v15)
    v17: None = const.none
    ret v17
}
