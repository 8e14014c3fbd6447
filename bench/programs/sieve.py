# Sieve of Eratosthenes: a list of bools, then sums over the primes.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]


primes = sieve(2000000)
gap = 0
for a, b in zip(primes, primes[1:]):
    if b - a > gap:
        gap = b - a
print(len(primes), sum(primes), gap, primes[-3:])
