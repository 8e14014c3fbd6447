# String building with + and str(), repr of tricky strings, len of non-ASCII, comparisons.
def pad(s: str, width: int) -> str:
    while len(s) < width:
        s = " " + s
    return s


def join3(a: str, b: str, c: str, sep: str) -> str:
    return a + sep + b + sep + c


def describe(n: int) -> str:
    out = ""
    if n < 0:
        out += "minus "
        n = -n
    out = out + str(n)
    if n % 2 == 0:
        out += " even"
    else:
        out += " odd"
    return out


line = ""
for i in range(1, 6):
    line = line + str(i * i)
    if i < 5:
        line += ","
print(line, len(line))
print(pad("7", 4) + "|", pad("12345", 3) + "|", pad("", 2) + "|")
print(join3("a", "b", "c", ", "), join3("", "", "", ""), join3("x", "y", "z", "→"))
for n in (-4, -3, 0, 7):
    print(describe(n))
print(repr("it's"), repr('"quoted"'), repr("both ' and \""), repr("back\\slash"))
print(repr("\t\n\r\x00\x07\x1b\x7f"), repr("é ü ñ 中文 😀"), repr("\u200b\u00a0\xad"))
print(repr(""), repr("'"), repr('"'), repr("\\'"), str("plain"), repr(repr("x")))
print(len("héllo"), len("中文字"), len("😀😀"), len(""), len("\n\t"), len("a\u0301"))
print("abc" < "abd", "abc" < "ab", "" == "", "A" < "a", "é" < "f", "a" != "a ", "😀" > "中")
print("b" >= "b", "ba" > "b", "Z" <= "a", "10" < "9", "abc" > "ABC")
s = "x"
s = s + s
s = s + s + s
print(s, len(s), str(len(s)) + "!", str(-0.0) + str(1e16) + str(None) + str(True))
print(str(1.5) + str(2) + str((1, "a")) + str(((),)) + repr((1.0, "b", None)))
