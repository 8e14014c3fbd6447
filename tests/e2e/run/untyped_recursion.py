# Unannotated functions: parameter and return types are inferred (typeinfer).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def mean(a, b):
    return (a + b) / 2


def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def fact(n):
    r = 1
    while n > 1:
        r = r * n
        n -= 1
    return r


for i in range(10):
    print(i, fib(i), mean(i, 2.5))
print(gcd(1071, 462), fact(20), fact(0))
