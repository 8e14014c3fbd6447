# Container annotations are checked by the lowering where it can: one
# annotation per variable, a return annotation None cannot fit needs a
# return on every path; `import typing as t` stays unsupported.
import typing as t
from typing import Optional


def f(xs: list[int]) -> Optional[list[str]]:
    ys: list[int] = xs
    ys: set[int] = set()
    if xs:
        return None


def g(d: dict[str, int]) -> dict[str, int]:
    if d:
        return d
# ERROR: 4:1: unsupported: import of module 'typing'
# ERROR: 10:9: unsupported: 'ys' is annotated 'list[int]' and 'set[int]'
# ERROR: 15:1: unsupported: function 'g' may reach its end without returning a dict[str,int]
