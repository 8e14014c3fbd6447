# Lists of different element types passed to one function: each list keeps
# its own element type through its clone (list[int], list[float], list[str]).
def total(xs):
    s = xs[0]
    for x in xs[1:]:
        s = s + x
    return s


def add_twice(xs, x):
    xs.append(x)
    xs.append(x)
    return len(xs)


def largest(xs):
    best = xs[0]
    for x in xs:
        if x > best:
            best = x
    return best


ints = [1, 2]
floats = [1.5]
words = ["a", "b"]
print(total(ints), total(floats), total(words), total([3, 4, 5]))
print(add_twice(ints, 9), add_twice(floats, 0.25), add_twice(words, "c"))
print(ints, floats, words)
print(largest(ints), largest(floats), largest(words))
alias = ints
add_twice(alias, -1)
print(ints is alias, ints)
