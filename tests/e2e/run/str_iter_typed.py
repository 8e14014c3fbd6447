# Iterating a str yields one-character strs (code points, not bytes); ord()
# and chr() on typed values; a Caesar shift over mixed text.
def shift(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c


def encrypt(text, k):
    out = ""
    for c in text:
        out += shift(c, k)
    return out


msg = "Hello, World! zZ"
for k in [1, 13, 25]:
    e = encrypt(msg, k)
    print(k, e, encrypt(e, 26 - k) == msg)
total = 0
count = 0
for ch in "héllo wörld ✓ 𝄞":
    total += ord(ch)
    count += 1
print(total, count, len("héllo wörld ✓ 𝄞"))
print(chr(233), chr(10003), chr(119070), ord("\n"), repr(chr(0)), repr(chr(127)))
for c in "":
    print("never", c)
s = "abc"
for c in s:
    s = s + c
print(s)
