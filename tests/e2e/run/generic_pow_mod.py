# pow() with a modulus, on dynamic ints (negative exponent: modular inverse).
def f(a, b, m):
    return pow(a, b, m)
print(pow(3, 200, 1000000007), f(3, -1, 7), f(-5, 3, 7), f(5, 3, -7), f(2, 0, 1), pow(2, 10))
print(f(2, 3, 0))
