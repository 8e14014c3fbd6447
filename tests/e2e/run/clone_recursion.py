# Recursive functions called at several types: a recursive call inside a
# clone calls that clone.
def power(b, n):
    if n == 0:
        return b / b
    return b * power(b, n - 1)


def repeat(x, n):
    if n <= 1:
        return x
    return x + repeat(x, n - 1)


def is_even(x, n):
    if n == 0:
        return x
    return is_odd(x, n - 1)


def is_odd(x, n):
    if n == 0:
        return -x
    return is_even(x, n - 1)


def flip(x, n):
    # the recursive call passes another type than the clone's own
    if n == 0:
        return x
    return flip(str(x), n - 1)


print(power(2, 10), power(1.5, 3))
print(repeat(3, 4), repeat("ab", 3), repeat(0.5, 2))
print(is_even(5, 3), is_even(2.5, 4), is_odd(7, 2))
print(flip(12, 2), flip("q", 1), flip(1.5, 0))
