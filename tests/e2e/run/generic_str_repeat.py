def bar(n: int) -> str:
    return "#" * n
print(bar(3))
