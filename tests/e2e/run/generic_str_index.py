def first(s: str) -> str:
    return s[0]
print(first("abc"))
