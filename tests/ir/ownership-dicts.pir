; The ownership pass decides for typed dicts as for lists: a dict with one
; owner at a time becomes map[K,V] (a plain py::Dict), any other stays
; dict[K,V] (shared): one handed over while still used (`e = d` at a join,
; then both changed), a parameter handed back, one stored in a global or a
; tuple, one changed while it or one of its views is iterated, one updated
; with itself.  A dict lent to a callee that changes it, returned by its
; builder, or read while it is iterated is owned.  A list made from a dict
; (sorted(d)) is decided on its own.
; RUN: portalis-opt --passes=ownership %s
; CHECK: global @gd: dict[str,int]
; CHECK: fn @add(map[str,int], str) -> None {
; CHECK-NEXT: block0(v0 "d": map[str,int], v1 "w": str):
; CHECK: fn @build() -> map[str,int] {
; CHECK-NEXT: block0:
; CHECK-NEXT: v0 "out": map[str,int] = py.dict
; CHECK: fn @echo(dict[int,float]) -> dict[int,float] {
; CHECK: fn @__module__(bool) -> None {
; CHECK: v1 "counts": map[str,int] = py.dict
; CHECK: v4 "built": map[str,int] = call @build()
; CHECK: v5: iter[tuple[str,int]] = py.method "items" v4
; CHECK: v11 "a": dict[str,int] = py.dict
; CHECK: block4(v12 "b": dict[str,int]):
; CHECK: v15 "it": dict[str,int] = py.dict
; CHECK: v20 "view": dict[str,int] = py.dict
; CHECK: v25 "self": dict[str,int] = py.dict
; CHECK: v27: dict[int,float] = py.dict
; CHECK: v29 "glob": dict[str,int] = py.dict
; CHECK-NEXT: global.set @gd, v29
; CHECK-NEXT: v30: vec[str] = py.builtin "sorted" v29
; CHECK: v32 "tup": dict[str,int] = py.dict
; CHECK: v34 "moved": map[str,int] = py.dict
; CHECK: block12(v35 "kept": map[str,int]):

global @gd: dict[str,int]

fn @add(dict[str,int], str) -> None {
block0(v0 "d": dict[str,int], v1 "w": str):
    v2: int = const.int 1
    py.setitem v0, v1, v2
    v3: None = const.none
    ret v3
}

fn @build() -> dict[str,int] {
block0:
    v0 "out": dict[str,int] = py.dict
    v1: str = const.str "k"
    v2: None = call @add(v0, v1)
    ret v0
}

fn @echo(dict[int,float]) -> dict[int,float] {
block0(v0 "d": dict[int,float]):
    ret v0
}

fn @__module__(bool) -> None {
block0(v0 "c": bool):
    ; lent to a callee that changes it: owned
    v1 "counts": dict[str,int] = py.dict
    v2: str = const.str "x"
    v3: None = call @add(v1, v2)
    ; returned by its builder, read while its items are iterated: owned
    v4 "built": dict[str,int] = call @build()
    v5: iter[tuple[str,int]] = py.method "items" v4
    v6: iter[tuple[str,int]] = py.iter v5
    br block1
block1:
    iter.next v6, block2, block3
block2(v7: tuple[str,int]):
    v8: str = tuple.get v7, 0
    v9: int = py.getitem v4, v8
    br block1
block3:
    v10: int = const.int 2
    ; `b = a` at a join while a is still used, both changed: shared
    v11 "a": dict[str,int] = py.dict
    condbr v0, block4(v11), block5
block4(v12 "b": dict[str,int]):
    py.setitem v12, v2, v10
    br block5
block5:
    py.setitem v11, v2, v10
    v13: None = const.none
    v14: int = py.builtin "len" v11
    ; changed while it is iterated: shared
    v15 "it": dict[str,int] = py.dict v2, v10
    v16: iter[str] = py.iter v15
    br block6
block6:
    iter.next v16, block7, block8
block7(v17 "k": str):
    py.delitem v15, v17
    br block6
block8:
    v18: str = const.str "y"
    v19: int = const.int 0
    ; changed while one of its views is iterated: shared
    v20 "view": dict[str,int] = py.dict v2, v10
    v21: iter[int] = py.method "values" v20
    v22: iter[int] = py.iter v21
    br block9
block9:
    iter.next v22, block10, block11
block10(v23 "n": int):
    v24: int = py.method "setdefault" v20, v18, v23
    br block9
block11:
    ; updated with itself: shared
    v25 "self": dict[str,int] = py.dict
    v26: None = py.method "update" v25, v25
    ; a parameter the callee hands back: shared on both sides
    v27: dict[int,float] = py.dict
    v28 "e": dict[int,float] = call @echo(v27)
    ; stored in a global: shared; the sorted keys are a list of their own
    v29 "glob": dict[str,int] = py.dict
    global.set @gd, v29
    v30: list[str] = py.builtin "sorted" v29
    v31: None = py.method "append" v30, v18
    ; stored in a tuple: shared
    v32 "tup": dict[str,int] = py.dict
    v33: tuple[dict[str,int],int] = tuple.new v32, v10
    ; handed over at its last use: owned
    v34 "moved": dict[str,int] = py.dict
    condbr v0, block12(v34), block12(v34)
block12(v35 "kept": dict[str,int]):
    py.setitem v35, v18, v10
    v36: None = const.none
    ret v36
}
