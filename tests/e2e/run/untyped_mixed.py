# int/float/bool/str flowing through unannotated parameters and returns;
# functions called before their definition.
def scale(x, k):
    return x * k


def halve(x):
    return x / 2


def neg(x):
    return -x


def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1


def is_small(x):
    return not x > 10 and x > -10


def pick(c, a, b):
    return a if c else b


def later(x):
    return early(x) + 1.5


def early(y):
    return y * 2


def greet(name, n):
    s = "hello, " + name
    if n > 1:
        s = s + "!"
    return s


def shout(s):
    return greet(s, 2) + " " + str(s == "abc")


def describe(x):
    if x is None:
        return "nothing"
    return "something"


def floor_mod(a, b):
    return a // b * 1000 + a % b


def count_down(n):
    total = 0
    while n:
        total += n
        n = n - 1
    return total


def power(b):
    return b ** 2


def mixed(i: int, f: float):
    return i + f


print(scale(1.5, 2.5), halve(7), neg(2.5), neg(-4.0))
print(sign(-5), sign(0), sign(7))
print(is_small(3), is_small(11), is_small(-20))
print(pick(True, 1, 2), pick(False, 1, 2))
print(later(4), early(3))
print(greet("world", 1), greet("you", 3))
print(shout("abc"))
print(describe(None))
x = count_down(10)
print(x, x + 0.5, power(7), floor_mod(-7, 2), mixed(2, 0.5))
print(str(halve(3)), repr(greet("q", 0)), bool(sign(0)), -sign(3), ~sign(1))
