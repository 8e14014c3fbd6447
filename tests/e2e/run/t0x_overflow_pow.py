# EXPECT: OverflowError
# Powers of three grow past 64 bits: the compiled program stops with OverflowError there.
p = 1
k = 0
while k < 60:
    p *= 3
    k += 1
    if k % 10 == 0:
        print(k, p, -p, p % 1000)
print("done", p)
