# bools as ints: arithmetic, bit ops staying bool, comparisons, str/repr, functions returning bool.
def both(a: bool, b: bool) -> bool:
    return a and b


def parity(n: int) -> bool:
    return n % 2 == 1


t = True
f = False
print(t + t, t - f, t * 5, t / 2, t // 1, t % 2, -t, +t, ~t, t ** 3, f ** 0)
print(t & f, t | f, t ^ t, f ^ f, t & 1, t | 2, t < 2)
print(t == 1, f == 0, t > f, t >= 1.0, f < 0.5, abs(t), abs(-t), min(t, f), max(t, 0 > 1))
print(str(t), repr(f), str(t & t), str(t + 0), hex(t), bin(t), oct(f), int(t), float(f))
count = 0
for i in range(10):
    count += parity(i)
    count += both(parity(i), i > 5)
print(count, parity(7) + parity(9), both(t, parity(2)) or parity(3))
flags = (True, False, True)
on = 0
for fl in flags:
    if fl:
        on += 1
print(on, flags, not flags[1], flags[0] and flags[2])
x = 5
b = x > 3
b &= x < 10
b |= False
b ^= True
print(b, x > 3 and x < 9, x < 3 or x == 5, not x, 0 or 7, "" or "fallback", "a" and "yes", 0.0 or -0.0)
