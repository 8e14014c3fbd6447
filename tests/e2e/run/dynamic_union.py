# Values that really are unions use the dynamic object type: a parameter
# called with an int and a str (twice is also a value, key=twice, so it is
# not cloned per call signature), a function returning int or str or None,
# and the generic operators on them (compared with CPython's answers).
def twice(x):
    return x + x

def pick(k):
    if k == 0:
        return 1
    if k == 1:
        return "one"
    if k == 2:
        return 2.5
    return None

def describe(v):
    if v is None:
        return "nothing"
    return "got " + str(v) + " / " + repr(v)

print(twice(2), twice("ab"), twice(1.5), twice(True), sorted([3, -1, 2], key=twice))
for k in range(4):
    v = pick(k)
    print(k, v, describe(v), v == 1, v != "one", v is None, v is not None)
print(pick(0) < pick(2), pick(2) >= 2.5, -pick(0), pick(0) * 3, pick(1) * 2)
print(twice(10) // 3, twice(10) % 7, twice(3) / 4, twice(2) ** 3)
print(pick(0) == 1.0, pick(0) == True, bool(pick(3)), bool(pick(1)), not pick(0))
x = twice(7)
if x:
    print("truthy", x)
