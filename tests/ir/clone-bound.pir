; clone: past MAX_CLONES (8) signatures a function stays one, with object
; parameters, exactly as without the pass; so does a function used as a
; value (key=key), whatever its direct calls pass.
; RUN: portalis-opt --passes=clone,typeinfer,specialize -Wdynamic %s 2>&1
; CHECK: warning: in @twice: 'x' may hold an int or a str here
; CHECK: warning: in @key: 'x' may hold an int or a str here
; CHECK: fn @twice(object) -> object {
; CHECK: fn @key(object) -> object {
; CHECK: fn @__module__() -> None {
; CHECK: v2: object = call @twice(v1)
; CHECK: v34: object = call @key(v33)
; CHECK-NOT: fn @
; CHECK: ret v

fn @twice(?) -> ? {
block0(v0 "x": ?):
    ret v0
}

fn @key(?) -> ? {
block0(v0 "x": ?):
    ret v0
}

fn @__module__() -> None {
block0:
    v0: int = const.int 1
    v1: ? = call @twice(v0)
    v2: str = const.str "a"
    v3: ? = call @twice(v2)
    v4: float = const.float 1.5
    v5: ? = call @twice(v4)
    v6: bool = const.bool true
    v7: ? = call @twice(v6)
    v8: None = const.none
    v9: ? = call @twice(v8)
    v10: int = const.int 1
    v11: int = const.int 2
    v12: tuple[int,int] = tuple.new v10, v11
    v13: ? = call @twice(v12)
    v14: float = const.float 1.5
    v15: tuple[float] = tuple.new v14
    v16: ? = call @twice(v15)
    v17: str = const.str "a"
    v18: tuple[str] = tuple.new v17
    v19: ? = call @twice(v18)
    v20: None = const.none
    v21: tuple[None] = tuple.new v20
    v22: ? = call @twice(v21)
    v23: int = const.int 1
    v24: ? = call @key(v23)
    v25: str = const.str "a"
    v26: ? = call @key(v25)
    v27: int = const.int 3
    v28: int = const.int 1
    v29: ? = py.list v27, v28
    v30: ? = py.func_ref @key()
    v31: ? = py.builtin "sorted:key" v29, v30
    v32: str = const.str " "
    v33: str = const.str "\n"
    print v31, sep=v32, end=v33
    v34: None = const.none
    ret v34
}
