# Tuples of 9 to 12 items: printed, str(), repr(), iterated, indexed; nested long tuples.
primes = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29)
print((1, 2, 3, 4, 5, 6, 7, 8, 9), len(primes), primes[9], primes[-10])
print(str((0.5, "a", None, True, 1, 2, 3, 4, 5, 6, 7, 8)), repr(("x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "p")))
total = 0
for p in primes:
    total += p
print(total, (primes, (1,)), ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), "tail"))
for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "m2", "t2", "w2", "th2", "f2", "s2"):
    print(name, end=" ")
print()
