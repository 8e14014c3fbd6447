# Container annotations are checked against what inference finds, never
# trusted: each value here fits its annotation, and the program prints what
# CPython prints (an annotation changes no type: `scores` holds ints).
import typing
from typing import Any, Dict, List, Optional, Set, Tuple, Union


def mean(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def find(xs: List[int], k: int) -> Optional[int]:
    for i in range(len(xs)):
        if xs[i] == k:
            return i
    return None


def lookup(d: dict[str, int], key: str):
    return d.get(key, -1)


def tally(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def uniq(words: list[str]) -> set[str]:
    return set(words)


def biggest(t: tuple[int, ...]):
    best = t[0]
    for x in t:
        if x > best:
            best = x
    return best


def span(p: Tuple[int, int]) -> int:
    return p[1] - p[0]


def evens(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        if i % 2 == 0:
            out.append(i)
    return out


def nothing() -> list[str]:
    return []


def label(x: Union[int, str]) -> str:
    return "<" + str(x) + ">"


def maybe(x: int | None) -> str:
    if x is None:
        return "none"
    return "some"


def grid(n: int) -> list[list[int]]:
    return [[i * j for j in range(n)] for i in range(n)]


def anything(x: Any, y: typing.Optional[float]) -> typing.List[float]:
    return [1.5, 2.5]


scores: list = [3, 1, 2]
scores.append(4)
print(scores, sorted(scores))
print(mean([1.5, 2.5, 4.0]))
print(find([4, 5, 6], 5), find([4, 5, 6], 7))
print(lookup({"a": 1, "b": 2}, "b"), lookup({}, "z"))
print(tally(["a", "b", "a"]))
print(sorted(uniq(["x", "y", "x"])))
print(biggest((3, 9, 2)), span((2, 7)))
print(evens(7), nothing())
print(label(3), label("s"))
print(maybe(None), maybe(0))
print(grid(3))
print(anything("x", None))
seen: Set[int] = {1, 2}
seen.add(3)
print(len(seen))
