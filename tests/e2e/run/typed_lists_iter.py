# Iterating typed lists: live, by index, as CPython's list iterator.
xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x * 10)
    print(x)
print(xs)
ys = [1.5, 2.5, 3.5, 4.5]
for y in ys:
    if y > 2.0:
        ys.pop()
    print(y)
print(ys)
found = False
for w in ["a", "b", "c"]:
    if w == "b":
        found = True
        break
else:
    print("no b")
print(found)
for w in ["a", "c"]:
    if w == "b":
        break
else:
    print("no b")
total = 0
rows = [3, 4]
cols = [10, 20, 30]
for r in rows:
    for c in cols:
        total += r * c
print(total)
stack = [1, 2, 3]
while stack:
    print(stack.pop(), len(stack))
queue = [0]
n = 0
while queue and n < 5:
    v = queue.pop(0)
    queue.append(v + 1)
    queue.append(v + 2)
    n += 1
print(queue, n)
evens = []
for k in range(10):
    if k % 2 == 0:
        evens.append(k)
print(evens, sum(evens))
