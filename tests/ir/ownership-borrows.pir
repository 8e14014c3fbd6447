; One instruction using one list twice: a nested use ends its borrow before
; the next operand, so reads nested in a change of the same list are fine
; (`xs[i] = xs[j]`, a method's &mut self begins after its arguments), and
; so are uses nested side by side (`print(xs.pop(), len(xs))`) and a read
; nested in a call that lends the list as &mut (`change(xs, len(xs))`: the
; emitter binds the read first).  A change nested in such a call
; (`change2(xs, grow(xs))`) and `xs += xs` keep the list shared.
; RUN: portalis-opt --passes=ownership %s
; CHECK: fn @change(vec[int], int) -> None {
; CHECK: fn @read(vec[int], int) -> int {
; CHECK: fn @__module__() -> None {
; CHECK-NEXT: block0:
; CHECK-NEXT: v0 "set": vec[int] = py.list
; CHECK: v5 "side": vec[int] = py.list
; CHECK: v9 "lent": vec[int] = py.list
; CHECK: v12 "read": vec[int] = py.list
; CHECK: v15 "twice": list[int] = py.list
; CHECK-NEXT: v16: list[int] = py.inplace add v15, v15
; CHECK-NEXT: v17 "nested": list[int] = py.list

fn @change(list[int], int) -> None {
block0(v0 "xs": list[int], v1 "n": int):
    v2: None = py.method "append" v0, v1
    ret v2
}

fn @read(list[int], int) -> int {
block0(v0 "xs": list[int], v1 "n": int):
    v2: int = py.builtin "len" v0
    ret v2
}

fn @change2(list[int], int) -> None {
block0(v0 "xs": list[int], v1 "n": int):
    v2: None = py.method "append" v0, v1
    ret v2
}

fn @grow(list[int]) -> int {
block0(v0 "xs": list[int]):
    v1: int = const.int 7
    v2: None = py.method "append" v0, v1
    v3: int = py.builtin "len" v0
    ret v3
}

fn @__module__() -> None {
block0:
    ; xs[0] = xs[1]: a Vec
    v0 "set": list[int] = py.list
    v1: int = const.int 0
    v2: int = const.int 1
    v3: int = py.getitem v0, v2
    py.setitem v0, v1, v3
    v4: str = const.str " "
    ; print(xs.pop(), len(xs)): a Vec
    v5 "side": list[int] = py.list v1
    v6: int = py.method "pop" v5
    v7: int = py.builtin "len" v5
    print v6, v7, sep=v4, end=v4
    v8: None = const.none
    ; change(xs, len(xs)): a Vec
    v9 "lent": list[int] = py.list
    v10: int = py.builtin "len" v9
    v11: None = call @change(v9, v10)
    ; read(xs, len(xs)): a Vec
    v12 "read": list[int] = py.list
    v13: int = py.builtin "len" v12
    v14: int = call @read(v12, v13)
    ; xs += xs: shared
    v15 "twice": list[int] = py.list
    v16: list[int] = py.inplace add v15, v15
    ; change2(xs, grow(xs)): shared
    v17 "nested": list[int] = py.list
    v18: int = call @grow(v17)
    v19: None = call @change2(v17, v18)
    ret v8
}
