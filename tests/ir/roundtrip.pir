; Printing is a fixpoint: print(parse(print(x))) == print(x), byte for byte,
; for globals, names, locations, escapes, awkward floats and loops.
; RUN: portalis-opt %s -o %t
; RUN: portalis-opt %t | diff -u %t -
; RUN: cat %t
; CHECK: module "round trip.py"
; CHECK-NEXT: global @pi: float = 3.141592653589793 const !1:1
; CHECK-NEXT: global @s: str = "a\tb\\\"c\x01"
; CHECK: v1: float = const.float 0.1
; CHECK-NEXT: v2: float = const.float 1e+16
; CHECK-NEXT: v3: float = const.float -0.0
; CHECK-NEXT: v4: float = const.float -inf
; CHECK-NEXT: v5: float = const.float nan
module "round trip.py"
global @pi: float = 3.141592653589793 const !1:1
global @s: str = "a\tb\\\"c\x01"
fn @"<lambda>"(int) -> int !4:9 {
block0(v0 "n": int):
  v1: float = const.float 0.1
  v2: float = const.float 10000000000000000.0
  v3: float = const.float -0.0
  v4: float = const.float -inf
  v5: float = const.float nan
  v6: range = range.new v0, v0, v0
  v7: iter[int] = iter.new v6
  br block1(v0)
block1(v8 "acc": int):
  iter.next v7, block2(v8), block3 !6:5
block2(v9: int, v10 "i": int):
  v11: int = int.add v9, v10 !7:9
  br block1(v11)
block3:
  ret v8
}
