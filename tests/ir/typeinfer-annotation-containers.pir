; Container annotations (the `annot` lines, ir.h's IrAnnot) never type a
; value: their slots stay `?` and are inferred.  typeinfer rejects a value
; that can never be an instance of its annotation, at the flow, with a note
; at the annotation.  A list nothing is stored into (@empty) fits any list,
; and an object (a genuine union: @either's result, into @strs2) is decided
; at run time.
; RUN: not portalis-opt -ftyped-lists --passes=typeinfer %s 2>&1
; CHECK: in @count at 33:5: the value is an int here, but the return type of @count is annotated Optional[str]
; CHECK-NEXT: note: in @count at 30:22: the return type is declared here
; CHECK: in @__module__ at 53:5: the value is a str here, but parameter 1 of @count is annotated list[int]
; CHECK-NEXT: note: in @count at 30:14: parameter 'xs' is declared here
; CHECK: in @__module__ at 56:5: the value is a list[float] here, but parameter 1 of @mean is annotated list[int]
; CHECK-NEXT: note: in @mean at 35:13: parameter 'xs' is declared here
; CHECK: in @__module__ at 62:5: 's' is a str here, but 'd' is annotated dict[str,int]
; CHECK-NEXT: note: in @__module__ at 45:8: 'd' is declared here
; CHECK: in @__module__ at 64:5: the value is a tuple[int,str] here, but 'p' is annotated tuple[int,...]
; CHECK: in @__module__ at 65:5: the value is a float here, but 'u' is annotated Union[int,str]
; CHECK: in @__module__ at 66:5: the value is a str here, but @seen is annotated set[int]
; CHECK-NEXT: note: in @seen at 28:7: 'seen' is declared here
; CHECK-NOT: error
global @seen: ? !28:1 annot set[int] !28:7
fn @count(?) -> ? !30:1 {
    annot 0 "xs": list[int] !30:14
    annot 1: Optional[str] !30:22
block0(v0 "xs": ?):
    v1: ? = py.builtin "len" v0
    ret v1 !33:5
}
fn @mean(?) -> float !35:1 {
    annot 0 "xs": list[int] !35:13
block0(v0 "xs": ?):
    v1: float = const.float 1.5
    ret v1
}
fn @empty(?) -> None !40:1 {
    annot 0 "xs": list[str] !40:14
block0(v0 "xs": ?):
    v1: None = const.none
    ret v1
}
fn @__module__() -> None {
    annot 0 "d": dict[str,int] !45:8
    annot 1 "p": tuple[int,...] !46:8
    annot 2 "u": Union[int,str] !47:8
    annot 3 "o": Optional[float] !48:8
block0:
    v0: str = const.str "abc"
    v1: int = const.int 1
    v2: float = const.float 1.5
    v3: ? = call @count(v0) !53:5
    v4: ? = py.list v2, v2
    v5: ? = py.list v1
    v6: float = call @mean(v4) !56:5
    v7: ? = py.list
    v8: None = call @empty(v7) !58:5
    v9: ? = py.binop add v0, v0
    v10: ? = py.list v9
    v11: None = call @strs(v10) !60:5
    v12 "s": ? = py.binop mul v0, v1
    annot.check v12, 0 !62:5
    v13: tuple[int,str] = tuple.new v1, v0
    annot.check v13, 1 !64:5
    annot.check v2, 2 !65:5
    global.set @seen, v0 !66:5
    v14: tuple[int,int] = tuple.new v1, v1
    annot.check v14, 1 !68:5
    annot.check v0, 2 !69:5
    v15: None = const.none
    annot.check v15, 3 !71:5
    annot.check v2, 3 !72:5
    v16: ? = py.binop add v1, v2
    annot.check v16, 3 !74:5
    v17: ? = call @either(v1)
    v18: ? = call @either(v0)
    v19: None = call @strs2(v18) !77:5
    ret v15
}
fn @strs(?) -> None {
    annot 0 "xs": list[str]
block0(v0 "xs": ?):
    v1: None = const.none
    ret v1
}
fn @strs2(?) -> None {
    annot 0 "xs": list[str]
block0(v0 "xs": ?):
    v1: None = const.none
    ret v1
}
fn @either(?) -> ? {
block0(v0 "x": ?):
    ret v0
}
