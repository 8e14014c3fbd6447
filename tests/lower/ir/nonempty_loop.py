# A for loop over a non-empty literal range or a tuple surely runs once, so
# its variable is bound after it: the entry edge passes a placeholder that
# is never observed.  Reads inside the body still see the first iteration.
for k in range(3, -3, -1):
    last = k * 2
print(k, last)
for s in ("a", "b"):
    pass
print(s)
# CHECK: range.new
# CHECK-NEXT: iter.new
# CHECK-NEXT: const.int 0
# CHECK-NEXT: const.int 0
# CHECK-NEXT: br block1(
# CHECK: iter.next
# CHECK: print
# CHECK: iter.new
# CHECK-NEXT: const.str ""
