# ERROR: 3:12: unsupported: string repetition
def bar(n: int) -> str:
    return "#" * n
print(bar(3))
