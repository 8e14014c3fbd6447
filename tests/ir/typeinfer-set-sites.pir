; Set allocation sites (passes/sites.c, its set section): a set born empty
; (set()) learns its item type from an add() in another function, and a set
; display, set(xs) of a typed list and `|` of two sets are set[int]; their
; loops yield ints and len() and `in` stay typed ops.  A set of floats, a
; set that gets an int and a str, and a set stored in a list are object:
; they escape, and their ops stay on the dynamic runtime.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: fn @add_all(set[int], list[int]) -> None {
; CHECK: v4: None = py.method "add" v0, v3
; CHECK: v0 "seen": set[int] = py.builtin "set"
; CHECK: v6: iter[int] = py.iter v0
; CHECK: block2(v7 "x": int):
; CHECK: v12: set[int] = py.set v10, v11
; CHECK-NEXT: v13 "small": set[int] = py.binop bitor v12, v0
; CHECK: v17: set[int] = py.builtin "set" v16
; CHECK-NEXT: v18: int = py.builtin "len" v17
; CHECK: v20: bool = py.contains v13, v19
; CHECK: v25 "floats": object = py.set v24
; CHECK: v28 "mixed": object = py.set v27
; CHECK-NEXT: v29: str = const.str "a"
; CHECK: v35 "boxed": object = py.list v34

fn @add_all(?, ?) -> None {
block0(v0 "s": ?, v1 "xs": ?):
    v2: iter[?] = py.iter v1
    br block1
block1:
    iter.next v2, block2, block3
block2(v3 "x": ?):
    v4: ? = py.method "add" v0, v3
    br block1
block3:
    v5: None = const.none
    ret v5
}

fn @main() -> None {
block0:
    v0 "seen": ? = py.builtin "set"
    v1: int = const.int 3
    v2: int = const.int 1
    v3: int = const.int 3
    v4: ? = py.list v1, v2, v3
    v5: None = call @add_all(v0, v4)
    v6: iter[?] = py.iter v0
    br block1
block1:
    iter.next v6, block2, block3
block2(v7 "x": ?):
    v8: str = const.str " "
    v9: str = const.str "\n"
    print v7, sep=v8, end=v9
    br block1
block3:
    v10: int = const.int 1
    v11: int = const.int 2
    v12: ? = py.set v10, v11
    v13 "small": ? = py.binop bitor v12, v0
    v14: int = const.int 4
    v15: int = const.int 4
    v16: ? = py.list v14, v15
    v17: ? = py.builtin "set" v16
    v18: ? = py.builtin "len" v17
    v19: int = const.int 2
    v20: ? = py.contains v13, v19
    v21: str = const.str " "
    v22: str = const.str "\n"
    print v18, v20, sep=v21, end=v22
    v23: float = const.float 1.5
    v24 "floats": ? = py.set v23
    v25: int = const.int 1
    v26 "mixed": ? = py.set v25
    v27: str = const.str "a"
    v28: ? = py.method "add" v26, v27
    v29: int = const.int 1
    v30: ? = py.set v29
    v31 "boxed": ? = py.list v30
    v32: None = const.none
    ret v32
}

fn @__module__() -> None {
block0:
    v0: None = call @main()
    v1: None = const.none
    ret v1
}
