def f(n: int) -> int:
    if n > 0:
        y = n
    return y


n = 3
for i in range(n):
    pass
print(i)
# ERROR: 4:12: unsupported: 'y' might be unbound here
# ERROR: 10:7: unsupported: 'i' might be unbound here
