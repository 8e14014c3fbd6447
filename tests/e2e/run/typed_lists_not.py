# `not x` where the lowering did not know x's type: a typed list, a list of
# mixed items (object), an int and a str parameter; and a bool compared with
# a bool constant.
def empty(xs):
    return not xs


def zero(n):
    return not n


def blank(s):
    return not s


xs = [1, 2]
print(not xs, empty(xs), empty([]))
b = not xs
print(b)
xs.pop()
xs.pop()
print(not xs, empty(xs))
if not xs:
    print("now empty")
mixed = [1, "a"]
print(not mixed, not mixed[1:1])
print(zero(0), zero(3), blank(""), blank("x"))
flag = len(xs) == 0
print(flag == False, flag != True, True == flag, False != flag, flag == True)
# a value computed from a list is taken before the list changes
ys = [3, 4]
before = not ys
first_is_3 = ys[0] == 3
longer = len(ys) > 1
ys.pop()
ys[0] = 5
ys.pop()
print(before, first_is_3, longer, not ys)
