# The list methods, builtins and operators on typed lists.
xs = [5, 3, 8, 3, 1]
print(xs.pop(), xs.pop(0), xs.pop(-1), xs)
xs.insert(0, 10)
xs.insert(-1, 11)
xs.insert(100, 12)
xs.insert(-100, 13)
print(xs)
xs.extend([3, 3])
xs.extend(xs)
print(xs, xs.index(3), xs.count(3), xs.count(42))
xs.remove(3)
print(xs)
xs.sort()
print(xs)
xs.reverse()
print(xs)
c = xs.copy()
c.append(0)
print(len(xs), len(c))
c.clear()
print(c, xs.index(12))
print(sum(xs), min(xs), max(xs), sorted(xs), list(xs))
fl = [2.5, -1.0, 0.1, 0.2]
print(sum(fl), min(fl), max(fl), sorted(fl))
fl.sort()
print(fl, 0.1 in fl, 0.3 in fl, -1.0 in fl)
ws = ["pear", "Apple", "fig", "apple"]
ws.sort()
print(ws, min(ws), max(ws), "fig" in ws, "kiwi" in ws, ws.index("pear"))
a = [1, 2, 3]
b = [1, 2, 4]
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == [1, 2, 3], a < [1, 2], a > [1, 2], [] < a, a + b, b + a)
a += [4]
a += a
print(a)
c = a
c += [0]
print(a)
print(a * 2, 3 * [1, 2], a[:2] * 0)
