# Strings, str() of every tier-0 type, globals read before and after updates.
GREETING = "hello"
SCALE: float = 2.5
counter: int = 0


def bump(by: int) -> int:
    global counter
    counter += by
    return counter


def label(n: int) -> str:
    if n < 0:
        return "negative"
    return "n=" + str(n)


print(GREETING, GREETING + ", world", len(GREETING))
print(label(-3), label(42), str(1.0), str(True), str(None), repr("it's"), repr('say "hi"'))
print(bump(3), bump(4), counter, SCALE * counter)
print("a" < "b", "abc" == "abc", "Z" < "a", "" < "a", "é" > "z")
print(repr("tab\there"), repr("line\nbreak"), repr("back\\slash"), "ünïcödé")
print(str(-0.0), str(1e100), repr(0.1), str(3), str(-12))
