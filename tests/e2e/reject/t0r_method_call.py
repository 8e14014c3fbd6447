# ERROR: 4:12: unsupported: method call '.upper'
def shout(s: str) -> str:
    out = s + "!"
    return out.upper()
print(shout("hi"))
