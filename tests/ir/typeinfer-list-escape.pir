; Sites that meet are unified: `b = a` at a join makes one list, so an
; append through either name types both.  A list that flows where the
; typed list ops do not go (a dict's key, a list that holds itself, a float
; element joined with an int) escapes to object, with every list it was
; unified with.
; RUN: portalis-opt -ftyped-lists --passes=typeinfer,specialize %s
; CHECK: v1: list[str] = py.list
; CHECK: block1(v3 "b": list[str]):
; CHECK: v5: None = py.method "append" v3, v4
; CHECK-NEXT: v6: object = py.list
; CHECK: v9: object = py.dict v6, v8
; CHECK-NEXT: v10: object = py.list
; CHECK: v16: object = py.list
; CHECK-NEXT: v17: object = py.method "append" v16, v16
fn @__module__(bool) -> None {
block0(v0 "c": bool):
    v1: ? = py.list
    v2: ? = py.list
    condbr v0, block1(v1), block1(v2)
block1(v3 "b": ?):
    v4: str = const.str "s"
    v5: ? = py.method "append" v3, v4
    v6: ? = py.list
    v7: int = const.int 1
    v8: ? = py.dict v6, v7
    v9: ? = py.list
    v10: float = const.float 2.5
    v11: ? = py.method "append" v9, v7
    v12: ? = py.method "append" v9, v10
    v13: ? = py.list
    v14: ? = py.method "append" v13, v13
    print v1, v8, v13, sep=v4, end=v4
    v15: None = const.none
    ret v15
}
