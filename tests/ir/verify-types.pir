; The IR is strictly typed: mixed int/float needs an explicit int.to_float;
; calls, globals and print's sep/end are checked too.
; RUN: not portalis-opt %s 2>&1
; CHECK: in @f, block0: `v3: float = float.add v0, v2`: float.add does not accept operands (int, float)
; CHECK: `v4: int = call @f(v2)`: call does not accept operands (float)
; CHECK: `global.set @count, v2`: global.set does not accept operands (float)
; CHECK: `print v0, sep=v0, end=v1`: print takes str operands for sep and end
; CHECK: `v5: float = int.add v0, v0`: result type is float, but int.add yields int
global @count: int = 0
fn @f(int) -> int {
block0(v0: int):
    v1: str = const.str ""
    v2: float = const.float 2.5
    v3: float = float.add v0, v2
    v4: int = call @f(v2)
    global.set @count, v2
    print v0, sep=v0, end=v1
    v5: float = int.add v0, v0
    ret v0
}
