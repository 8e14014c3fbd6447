; List allocation sites (passes/sites.c): a list born empty learns its
; element type from an append in another function (the site flows there
; through the call), and its reads (index, len, iteration) get that type.
; A list that receives an int and a str has no one element type: it is
; object, and its appends box their operands.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: fn @fill(list[float]) -> None {
; CHECK: v2: None = py.method "append" v0, v1
; CHECK: v0: list[float] = py.list
; CHECK-NEXT: v1: None = call @fill(v0)
; CHECK-NEXT: v2: object = py.list
; CHECK: v5: object = py.method "append" v2, v4
; CHECK: v10: float = py.getitem v0, v9
; CHECK-NEXT: v11: int = py.builtin "len" v0
; CHECK-NEXT: v12: iter[float] = py.iter v0
; CHECK: block2(v13 "x": float):
fn @fill(?) -> None {
block0(v0 "xs": ?):
    v1: float = const.float 1.5
    v2: ? = py.method "append" v0, v1
    v3: None = const.none
    ret v3
}
fn @__module__() -> None {
block0:
    v0: ? = py.list
    v1: None = call @fill(v0)
    v2: ? = py.list
    v3: int = const.int 1
    v4: ? = py.method "append" v2, v3
    v5: str = const.str "x"
    v6: ? = py.method "append" v2, v5
    v7: int = const.int 0
    v8: ? = py.getitem v0, v7
    v9: ? = py.builtin "len" v0
    v10: ? = py.iter v0
    br block1
block1:
    iter.next v10, block2, block3
block2(v11 "x": ?):
    br block1
block3:
    v12: str = const.str " "
    v13: str = const.str "\n"
    print v8, v9, v2, sep=v12, end=v13
    v14: None = const.none
    ret v14
}
