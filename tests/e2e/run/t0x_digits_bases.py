# Digit manipulation and base conversion by hand, checked against hex/bin/oct.
def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    digits = "0123456789abcdef"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        d = n % base
        k = 0
        ch = ""
        for c in ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"):
            if k == d:
                ch = c
                break
            k += 1
        out = ch + out
        n //= base
    if neg:
        out = "-" + out
    return out


def reverse_digits(n: int) -> int:
    r = 0
    sign = -1 if n < 0 else 1
    n = abs(n)
    while n:
        r = r * 10 + n % 10
        n //= 10
    return sign * r


def digital_root(n: int) -> int:
    while n >= 10:
        s = 0
        while n > 0:
            s += n % 10
            n //= 10
        n = s
    return n


for v in (0, 1, -1, 255, -255, 4096, 123456789, -9223372036854775807):
    print(v, to_base(v, 16), hex(v), to_base(v, 2), bin(v), to_base(v, 8), oct(v))
print(reverse_digits(12345), reverse_digits(-1200), reverse_digits(0), reverse_digits(7))
print(digital_root(0), digital_root(9875), digital_root(999999999999))
print(len(str(2 ** 62)), len(hex(2 ** 62)), len(bin(-1)), len(oct(8 ** 10)))
