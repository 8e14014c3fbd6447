# from typing imports are accepted; container and Optional annotations
# leave their slots `?` (inferred) and are recorded to be checked by
# typeinfer (the `annot` lines); assert branches to py.builtin "assert_fail"
# (with the message when given) and unreachable.
from typing import Optional, List


def find(xs: List[int], k: int, d: dict[str, int]) -> Optional[int]:
    assert k >= 0, "negative"
    assert xs
    if k < len(xs):
        return xs[k]
    return None


print(find([1, 2], 1, {}))
# CHECK: fn @find(?, int, ?) -> ?
# CHECK-NEXT: annot 0 "xs": list[int] !8:14
# CHECK-NEXT: annot 1 "k": int !8:28
# CHECK-NEXT: annot 2 "d": dict[str,int] !8:36
# CHECK-NEXT: annot 3: Optional[int] !8:55
# CHECK: int.cmp ge v1, v
# CHECK: condbr v4, block1, block2
# CHECK: block2:
# CHECK-NEXT: const.str "negative"
# CHECK-NEXT: py.builtin "assert_fail" v6
# CHECK-NEXT: unreachable
# CHECK: py.builtin "assert_fail" !
# CHECK-NEXT: unreachable
