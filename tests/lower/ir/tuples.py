# a, b = b, a + b evaluates the whole right side first; divmod gives a
# tuple unpacked with tuple.get; tuples print; for over a homogeneous tuple.
def fib(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


q, r = divmod(17, 5)
t = (1, 2.5, "x")
print(fib(10), q, r, t, t[-1], len(t))
for v in (1.5, 2.5):
    print(v)
# CHECK: fn @fib(int) -> int
# CHECK: int.add
# CHECK: br block1(
# CHECK: builtin divmod
# CHECK-NEXT: "q": int = tuple.get
# CHECK-NEXT: "r": int = tuple.get
# CHECK: tuple[int,float,str] = tuple.new
# CHECK: tuple.get
# CHECK: iter[float] = iter.new
