# Repeating a str a huge number of times: CPython's OverflowError when the
# length cannot be counted (a MemoryError before that is the machine's).
s = "ab"
big = 2**62
print(s * 3, repr(s * -big), repr("" * big), repr(s * 0))
print(len("é" * 3), "é" * 2)
print(len(s * big))
