# for over range(): range.new with defaults, iter.new, iter.next whose body
# block takes the item; the loop variable stays bound after the loop.
total = 0
for k in range(5):
    total += k
else:
    print("done")
k = 7
j = -1
for j in range(1, 10, 2):
    if j == 5:
        break
    if j == 3:
        continue
    total += j
print(total, j, k)
# CHECK: v0 "total": int = const.int 0
# CHECK: const.int 0
# CHECK-NEXT: const.int 1
# CHECK-NEXT: range.new
# CHECK-NEXT: iter.new
# CHECK: iter.next
# CHECK: "k": int):
# CHECK: int.add
# CHECK: const.str "done"
# CHECK: range.new
# CHECK: iter.next
# CHECK: "j": int):
# CHECK: print
