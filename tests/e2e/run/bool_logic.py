# Short-circuit operators return operands; chained comparisons evaluate once.
calls: int = 0


def tick(v: int) -> int:
    global calls
    calls += 1
    return v


print(tick(0) or tick(5), tick(3) and tick(0), tick(2) and tick(7), calls)
print(1 < tick(2) < 3, 5 < tick(2) < 10, calls)
print(0 < 1.5 <= 1.5 < 2, 3 == 3.0, 2 != 2.0, 1 < 1.0000001, -1 > -1.5)
print(not 0, not 7, not 0.0, not "", not "a", True and 3, False or 2.5)
a: int = 4
print("big" if a > 3 else "small", 10 if a < 0 else -10)
print(True == 1, False < True, True + True + True, -True, True * 2.5)
print(a is None, None is None, a is not None)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
s: str = ""
n0: int = 0
print(not s, not not s, not n0, not not n0, not None)
if not s:
    print("empty")
while not n0:
    n0 += 2
print(n0)
