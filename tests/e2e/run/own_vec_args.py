# Lists lent to functions: a reader gets a slice, a changer a &mut Vec; the
# caller's list sees every change, as in CPython, and nothing is copied.
def fill(xs, n):
    for i in range(n):
        xs.append(i * i)


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def bump_all(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] + 1


def drop_first(xs):
    del xs[0]
    xs.insert(0, -5)
    return xs.pop()


def relay(xs):
    # lent on to a callee that changes it
    bump_all(xs)
    return total(xs)


data = []
fill(data, 6)
print(data, total(data))
bump_all(data)
print(data, drop_first(data), data)
print(relay(data), data)
fill(data, 2)
data.sort()
print(data, len(data), max(data), min(data), data.index(0), data.count(1))
words = ["pear", "fig"]
fill_words = words
fill_words.append("kiwi")
print(words, sorted(words), words[::-1])
