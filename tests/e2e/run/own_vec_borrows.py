# Uses of one list inside one statement: the list lent to a function that
# changes it while the same statement also reads it, a list item assigned
# from its neighbours, a list popped inside print.
def push_len(xs, n):
    xs.append(n)
    return n


def count_in(xs, n):
    return len(xs) + n


fib = [0, 1]
for i in range(2, 12):
    fib.append(fib[i - 1] + fib[i - 2])
fib[0] = fib[-1] - fib[-2]
print(fib)
print(push_len(fib, len(fib)), fib[-3:])
print(count_in(fib, len(fib)), fib.pop(), fib.pop(0), len(fib))
grid = [0.0] * 5
for i in range(1, 5):
    grid[i] = grid[i - 1] + i / 2
print(grid)
acc = [1, 2, 3]
acc += acc[1:]
acc += [len(acc)]
print(acc)
