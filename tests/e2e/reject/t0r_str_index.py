# ERROR: 3:12: unsupported: string indexing
def first(s: str) -> str:
    return s[0]
print(first("abc"))
