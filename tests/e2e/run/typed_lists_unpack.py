# Unpacking a typed list: a, b = s.split(':'), rows of a list of lists in
# a for, a one-item list; a count that does not match raises CPython's
# ValueError.
name, scores = "alice:1,2".split(":")
print(name, scores)
a, b, c = [1, 2, 3]
print(a + b + c)
row = [[1, 2], [3, 4]]
(x, y), (z, w) = row
print(x, y, z, w)
for p, q in [[1, 2], [3, 4]]:
    print(p * q)
one, = ["solo"]
print(one)
try_this = [5]
print(try_this)
k, v = "novalue".split("=")
