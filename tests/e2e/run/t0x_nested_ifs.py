# Deeply nested ifs and while loops with complex and/or/not conditions.
def grade(score: int, bonus: bool, late: bool) -> str:
    if score >= 50:
        if score >= 80:
            if bonus and not late:
                if score >= 95:
                    return "A+"
                else:
                    return "A"
            elif late:
                if score >= 90:
                    return "B+"
                return "B"
            else:
                return "A-"
        else:
            if late and score < 60:
                return "D"
            elif not late or bonus:
                return "C"
            else:
                return "C-"
    elif score >= 0:
        if bonus:
            return "E"
        return "F"
    return "?"


def weird_walk(n: int) -> int:
    i = 0
    j = n
    steps = 0
    while (i < j and not (i == 3 and j == 7)) or (steps < 2 and n > 0):
        if i % 2 == 0 or j % 3 == 0 and not i > 10:
            i += 1
        else:
            j -= 1
        steps += 1
        if steps > 100:
            break
    return steps * 1000 + i * 10 + j


def sign_desc(x: float) -> str:
    out = ""
    if x > 0:
        out = "pos"
    elif x < 0:
        out = "neg"
    elif x == 0:
        out = "zero"
    else:
        out = "nan"
    if not (x != x) and (x > 100 or x < -100):
        out += "-big"
    return out


for s in (99, 96, 85, 81, 79, 55, 40, -5):
    print(s, grade(s, True, False), grade(s, False, True), grade(s, True, True), grade(s, False, False))
for n in (0, 1, 5, 10, 20):
    print(n, weird_walk(n))
for v in (1.0, -2.0, 0.0, -0.0, 1e3, -1e3, 1e308 * 10 - 1e308 * 10):
    print(v, sign_desc(v))
a = 0
b = 10
while not a >= b and (a < 5 or b > 8) and not (a == 2 and b == 9):
    a += 1
    b -= 1
print(a, b)
