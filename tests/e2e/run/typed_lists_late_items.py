# sum(), min() and max() reached before anything is stored into the list
# (in a loop that appends after them) keep the list typed; a list nothing
# is ever stored into sums to 0.
def running(n):
    xs = []
    for i in range(n):
        print(i, sum(xs), max(xs) if xs else None, min(xs) if xs else None)
        xs.append(i * 2.5)
    return xs


print(running(4))
never = []
print(sum(never), len(never))
counts = []
for w in "a bb ccc".split():
    if counts:
        print(max(counts), sum(counts))
    counts.append(len(w))
print(counts)
