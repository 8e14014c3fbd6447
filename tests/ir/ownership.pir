; The ownership pass retypes a list vec[T] (a plain Vec) when one owner at a
; time is proven enough, and leaves it list[T] (shared) otherwise: a list
; handed over while still used, a parameter handed back, a list changed
; while it is iterated, one in a global, one compared by identity, one
; passed twice where a callee changes it.  Call arguments, parameters and
; returns of one list are decided together.
; RUN: portalis-opt --passes=ownership %s
; CHECK: global @g: list[int]
; CHECK: fn @fill(vec[int], int) -> None {
; CHECK-NEXT: block0(v0 "xs": vec[int], v1 "n": int):
; CHECK: fn @total(vec[float]) -> int {
; CHECK: fn @build() -> vec[float] {
; CHECK-NEXT: block0:
; CHECK-NEXT: v0 "out": vec[float] = py.list
; CHECK: fn @echo(list[int]) -> list[int] {
; CHECK: fn @__module__(bool) -> None {
; CHECK-NEXT: block0(v0 "c": bool):
; CHECK-NEXT: v1 "data": vec[int] = py.list
; CHECK: v4 "ys": vec[float] = call @build()
; CHECK: v6 "a": list[int] = py.list
; CHECK: block1(v7 "b": list[int]):
; CHECK: v10 "r": list[int] = py.list
; CHECK: v14 "w": list[int] = py.list
; CHECK: v16 "q": list[int] = py.list
; CHECK: v18: list[int] = py.list
; CHECK-NEXT: v19 "e": list[int] = call @echo(v18)
; CHECK: v20 "moved": vec[int] = py.list
; CHECK: block6(v21 "kept": vec[int]):
; CHECK: v23 "gl": list[int] = py.list

global @g: list[int]

fn @fill(list[int], int) -> None {
block0(v0 "xs": list[int], v1 "n": int):
    v2: None = py.method "append" v0, v1
    ret v2
}

fn @total(list[float]) -> int {
block0(v0 "xs": list[float]):
    v1: int = py.builtin "len" v0
    ret v1
}

fn @build() -> list[float] {
block0:
    v0 "out": list[float] = py.list
    v1: float = const.float 0.5
    v2: None = py.method "append" v0, v1
    ret v0
}

fn @echo(list[int]) -> list[int] {
block0(v0 "xs": list[int]):
    ret v0
}

fn @__module__(bool) -> None {
block0(v0 "c": bool):
    ; lent to a callee that changes it: a Vec
    v1 "data": list[int] = py.list
    v2: int = const.int 5
    v3: None = call @fill(v1, v2)
    ; returned by its builder and lent to a reader
    v4 "ys": list[float] = call @build()
    v5: int = call @total(v4)
    ; `b = a` at a join while a is still used: shared
    v6 "a": list[int] = py.list
    condbr v0, block1(v6), block2
block1(v7 "b": list[int]):
    v8: None = py.method "append" v7, v2
    v9: int = py.builtin "len" v6
    br block2
block2:
    ; changed while it is iterated: shared
    v10 "r": list[int] = py.list v2
    v11: iter[int] = py.iter v10
    br block3
block3:
    iter.next v11, block4, block5
block4(v12 "x": int):
    v13: None = py.method "append" v10, v12
    br block3
block5:
    ; extended by itself: shared
    v14 "w": list[int] = py.list v2
    v15: None = py.method "extend" v14, v14
    ; compared by identity: shared
    v16 "q": list[int] = py.list
    v17: bool = py.cmp is v16, v16
    ; a parameter the callee hands back: shared on both sides
    v18: list[int] = py.list
    v19 "e": list[int] = call @echo(v18)
    ; handed over at its last use: a Vec
    v20 "moved": list[int] = py.list
    condbr v0, block6(v20), block6(v20)
block6(v21 "kept": list[int]):
    v22: None = py.method "append" v21, v2
    ; stored in a global: shared
    v23 "gl": list[int] = py.list
    global.set @g, v23
    v24: None = const.none
    ret v24
}
