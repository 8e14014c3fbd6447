# ERROR: 8:7: the value is a list[float] here, but parameter 1 of @count is annotated list[int]
# The list's elements are floats, so it is never a list[int] (CPython keeps
# the floats: an int annotation cannot be trusted here).
def count(xs: list[int]) -> int:
    return len(xs)


print(count([1.5, 2.5]))
