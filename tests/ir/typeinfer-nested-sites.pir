; Nested list sites (passes/sites.c): a list stored into a list makes the
; outer list's element that list's site, so `m.append(row)` gives
; list[list[int]] and reading `m[0]` yields the inner list's type; every
; list stored there unifies with it.  A tuple of scalars is an element
; type too (list[tuple[str,int]]), and a list a dict's value type
; (dict[str,list[str]], `g[k].append(v)`).  When the inner list escapes
; (an int and a str in it), the outer one escapes with it.  A tuple may
; hold a list (tuple[str,list[str]]): reading it back yields the list.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: v0 "m": list[list[int]] = py.list
; CHECK-NEXT: v1 "row": list[int] = py.list
; CHECK: v4: list[int] = py.getitem v0, v3
; CHECK-NEXT: v5: int = py.getitem v4, v3
; CHECK: v7 "pairs": list[tuple[str,int]] = py.list
; CHECK: v10: None = py.method "append" v7, v9
; CHECK: v11 "g": dict[str,list[str]] = py.dict
; CHECK-NEXT: v12: list[str] = py.list
; CHECK: v13: list[str] = py.getitem v11, v8
; CHECK: v15 "bad": object = py.list
; CHECK-NEXT: v16 "mixed": object = py.list
; CHECK: v22 "pair": tuple[str,list[str]] = tuple.new v8, v12
; CHECK-NEXT: v23: list[str] = tuple.get v22, 1
fn @__module__() -> None {
block0:
    v0 "m": ? = py.list
    v1 "row": ? = py.list
    v2: ? = py.method "append" v0, v1
    v3: int = const.int 0
    v4: ? = py.getitem v0, v3
    v5: ? = py.getitem v4, v3
    v6: ? = py.method "append" v4, v3
    v7 "pairs": ? = py.list
    v8: str = const.str "a"
    v9: tuple[str,int] = tuple.new v8, v3
    v10: ? = py.method "append" v7, v9
    v11 "g": ? = py.dict
    v12: ? = py.list
    py.setitem v11, v8, v12
    v13: ? = py.getitem v11, v8
    v14: ? = py.method "append" v13, v8
    v15 "bad": ? = py.list
    v16 "mixed": ? = py.list
    v17: ? = py.method "append" v15, v16
    v18: ? = py.method "append" v16, v3
    v19: ? = py.method "append" v16, v8
    v20 "pair": tuple[str,?] = tuple.new v8, v12
    v21: ? = tuple.get v20, 1
    print v0, v5, v7, v11, v15, v21, sep=v8, end=v8
    v22: None = const.none
    ret v22
}
