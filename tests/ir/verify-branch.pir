; Branch arguments are checked against the target's parameters, in number
; and in type; a missing terminator and a bad return type are reported too.
; RUN: not portalis-opt %s 2>&1
; CHECK: in @f, block0: `br block1(v0, v0)`: block1 takes 1 argument, 2 given
; CHECK: in @g, block0: `condbr v1, block1(v0), block2`: argument 1 to block1 is float, the parameter is int
; CHECK: in @h, block0: `v1: int = const.int 1`: block has no terminator
; CHECK: in @k, block0: `ret v0`: returns int from a function returning str
fn @f(int) -> int {
block0(v0: int):
    br block1(v0, v0)
block1(v1: int):
    ret v1
}
fn @g(float) -> None {
block0(v0: float):
    v1: bool = const.bool true
    condbr v1, block1(v0), block2
block1(v2: int):
    unreachable
block2:
    unreachable
}
fn @h(int) -> int {
block0(v0: int):
    v1: int = const.int 1
}
fn @k(int) -> str {
block0(v0: int):
    ret v0
}
