def shout(s: str) -> str:
    out = s + "!"
    return out.upper()
print(shout("hi"))
