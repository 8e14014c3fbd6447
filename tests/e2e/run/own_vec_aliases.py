# Two names for one list, a list changed while it is iterated, a list
# extended by itself, a list kept in a container: each stays one shared
# list, and every name sees every change.
def alias_at_join(flag):
    a = [1, 2]
    b = [9]
    if flag:
        b = a
    b.append(3)
    return a, b


print(alias_at_join(True), alias_at_join(False))
xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x * 10)
print(xs)
ys = [0.5, 1.5]
ys.extend(ys)
ys += ys
print(ys)
zs = [4, 5]
box = [zs, zs]
zs.append(6)
print(box, box[0] is box[1])
keep = {"k": zs}
keep["k"].append(7)
print(zs)
n = [3, 1, 2]
m = n
n.sort()
print(m, n is m)
