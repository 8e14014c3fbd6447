; Typed-list shapes with a typed form in backend_rust/emit_list.c keep their
; lists typed: identity (is / is not), sort(reverse=) and sorted(reverse=)
; with a bool, xs *= n (xs itself), and the sum of a list of bools (an int).
; reverse= with an int has no typed form: that list is object.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: v2 "xs": list[int] = py.list v0, v1
; CHECK-NEXT: v3 "ys": list[int] = py.list v0
; CHECK-NEXT: v4: bool = py.cmp is v2, v3
; CHECK-NEXT: v5: bool = py.cmp is_not v2, v3
; CHECK-NEXT: v6: bool = const.bool true
; CHECK-NEXT: v7: None = py.method "sort:reverse" v2, v6
; CHECK-NEXT: v8: list[int] = py.builtin "sorted:reverse" v3, v6
; CHECK-NEXT: v9 "xs": list[int] = py.inplace mul v2, v0
; CHECK-NEXT: v10 "bs": list[bool] = py.list v6
; CHECK-NEXT: v11: int = py.builtin "sum" v10
; CHECK-NEXT: v12 "zs": object = py.list
; CHECK: py.method "sort:reverse" v12,
fn @__module__() -> None {
block0:
    v0: int = const.int 2
    v1: int = const.int 1
    v2 "xs": ? = py.list v0, v1
    v3 "ys": ? = py.list v0
    v4: ? = py.cmp is v2, v3
    v5: ? = py.cmp is_not v2, v3
    v6: bool = const.bool true
    v7: ? = py.method "sort:reverse" v2, v6
    v8: ? = py.builtin "sorted:reverse" v3, v6
    v9 "xs": ? = py.inplace mul v2, v0
    v10 "bs": ? = py.list v6
    v11: ? = py.builtin "sum" v10
    v12 "zs": ? = py.list
    v13: ? = py.method "sort:reverse" v12, v1
    v14: str = const.str " "
    print v4, v5, v8, v9, v11, sep=v14, end=v14
    v15: None = const.none
    ret v15
}
