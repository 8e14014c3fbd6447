# Number theory: gcd, modular exponentiation, sieve-free primality, totient, perfect numbers.
def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def powmod(base: int, exp: int, mod: int) -> int:
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True


def totient(n: int) -> int:
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


def divisor_sum(n: int) -> int:
    s = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            s += d
            if d != n // d:
                s += n // d
        d += 1
    return s - n


print(gcd(48, -18), gcd(-48, 18), gcd(0, 0), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
print(powmod(2, 100, 1000000007), powmod(-3, 7, 11), powmod(5, 0, 7), powmod(7, 13, -5))
count = 0
for n in range(1, 200):
    if is_prime(n):
        count += 1
        if count % 10 == 0:
            print("prime #" + str(count) + " is " + str(n))
print(count, "done")
for n in (1, 2, 9, 10, 36, 97, 100):
    print(n, totient(n), divisor_sum(n), divisor_sum(n) == n)
perfect = 0
for n in range(2, 10000):
    if divisor_sum(n) == n:
        perfect += 1
        print("perfect:", n)
print(perfect, pow(3, 4), pow(-2, 5), pow(2, -3))
