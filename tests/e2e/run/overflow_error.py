# EXPECT: OverflowError
# An i64 overflow must never wrap silently: it stops the program.
def grow(n: int) -> int:
    x: int = 1
    for _ in range(n):
        x = x * 3
    return x


print(grow(30))
print(grow(50))
