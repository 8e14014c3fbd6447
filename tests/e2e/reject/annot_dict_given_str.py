# ERROR: 6:7: the value is a str here, but parameter 1 of @size is annotated dict[str,int]
def size(d: dict[str, int]) -> int:
    return len(d)


print(size("abc"))
