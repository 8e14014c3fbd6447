# Functions reached from clones are cloned in turn, callers first.
def double(x):
    return x + x


def quad(x):
    return double(double(x))


def describe(x):
    return "<" + str(quad(x)) + ">"


counter = 0


def tally(x):
    global counter
    counter += 1
    return quad(x)


print(quad(3), quad("ab"), quad(0.5))
print(describe(1), describe("z"), describe(2.5))
print(tally(1), tally("k"), counter)
