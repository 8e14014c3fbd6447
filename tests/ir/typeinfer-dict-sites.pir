; Dict allocation sites (passes/sites.c): a dict born empty learns its key
; and value types from a store in another function (d[w] = d.get(w, 0) + 1
; makes it a dict[str,int]); its items() iterated by a loop yield typed
; tuples.  A dict that gets an int and a str value, a dict whose view is
; used other than by a loop (printed), and a dict stored in a list are
; object: they escape, and their ops stay on the dynamic runtime.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: fn @add(dict[str,int], str) -> None {
; CHECK: v3: int = py.method "get" v0, v1, v2
; CHECK-NEXT: v4: int = const.int 1
; CHECK-NEXT: v5: int = int.add v3, v4
; CHECK-NEXT: py.setitem v0, v1, v5
; CHECK: v0 "c": dict[str,int] = py.dict
; CHECK: v3: iter[tuple[str,int]] = py.method "items" v0
; CHECK-NEXT: v4: iter[tuple[str,int]] = py.iter v3
; CHECK: block2(v5: tuple[str,int]):
; CHECK-NEXT: v6 "k": str = tuple.get v5, 0
; CHECK-NEXT: v7 "v": int = tuple.get v5, 1
; CHECK: v14 "mixed": object = py.dict v12, v13
; CHECK: v23 "shown": object = py.dict v21, v22
; CHECK-NEXT: v24: object = py.method "items" v23
; CHECK: v31 "inner": object = py.dict v29, v30
; CHECK-NEXT: v32 "xs": object = py.list v31
; CHECK: v34: int = py.getitem v0, v33
fn @add(?, ?) -> None {
block0(v0 "d": ?, v1 "w": ?):
    v2: int = const.int 0
    v3: ? = py.method "get" v0, v1, v2
    v4: int = const.int 1
    v5: ? = py.binop add v3, v4
    py.setitem v0, v1, v5
    v6: None = const.none
    ret v6
}

fn @main() -> None {
block0:
    v0 "c": ? = py.dict
    v1: str = const.str "x"
    v2: None = call @add(v0, v1)
    v3: ? = py.method "items" v0
    v4: iter[?] = py.iter v3
    br block1
block1:
    iter.next v4, block2, block3
block2(v5: ?):
    v6: tuple[?,?] = py.unpack v5, 2
    v7 "k": ? = tuple.get v6, 0
    v8 "v": ? = tuple.get v6, 1
    v9: str = const.str " "
    v10: str = const.str "\n"
    print v7, v8, sep=v9, end=v10
    br block1
block3:
    v11: str = const.str "a"
    v12: int = const.int 1
    v13 "mixed": ? = py.dict v11, v12
    v14: str = const.str "two"
    v15: str = const.str "b"
    py.setitem v13, v15, v14
    v16: int = const.int 1
    v17: int = const.int 2
    v18 "shown": ? = py.dict v16, v17
    v19: ? = py.method "items" v18
    v20: str = const.str " "
    v21: str = const.str "\n"
    print v19, sep=v20, end=v21
    v22: str = const.str "k"
    v23: float = const.float 1.5
    v24 "inner": ? = py.dict v22, v23
    v25 "xs": ? = py.list v24
    v26: str = const.str "x"
    v27: ? = py.getitem v0, v26
    v28: ? = py.builtin "len" v13
    v29: str = const.str " "
    v30: str = const.str "\n"
    print v27, v28, v25, sep=v29, end=v30
    v31: None = const.none
    ret v31
}

fn @__module__() -> None {
block0:
    v0: None = const.none
    ret v0
}
