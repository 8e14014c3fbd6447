# Slicing typed lists: negative steps, clamping, assignment and deletion.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
lo = 2
hi = -2
print(xs[1:], xs[:3], xs[lo:hi], xs[::3], xs[:])
print(xs[::-1], xs[::-2], xs[8:2:-2], xs[-1:-4:-1], xs[hi:lo:-1])
print(xs[100:], xs[-100:2], xs[5:1], xs[3:3], xs[::-100])
fl = [0.5, 1.5, 2.5]
print(fl[1:], fl[::-1])
words = ["a", "b", "c", "d"]
print(words[1:3], words[::-1], words[-1])
ys = xs[:]
ys[0] = 100
print(xs[0], ys[0])
ys[2:5] = [20, 30]
print(ys)
ys[:0] = [-1, -2]
print(ys)
ys[len(ys):] = [99]
print(ys)
ys[::2] = [0, 0, 0, 0, 0, 0]
print(ys)
ys[::-3] = [7, 7, 7, 7]
print(ys)
zs = [1, 2, 3]
zs[:] = zs
zs[1:1] = zs
print(zs)
del zs[0]
del zs[-1]
print(zs)
del zs[1:3]
print(zs)
del zs[::-2]
print(zs)
del zs[:]
print(zs, len(zs))
