# Iterating a list that exists only for the loop: a literal, a call's
# result, an empty list, in loops of every shape.
def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


total = 0
for x in squares(5):
    total += x
for y in [2.5, 0.5]:
    print(y)
for n in []:
    print("never", n)
k = 0
while k < 2:
    for z in squares(k + 2):
        if z > 3:
            break
        print(k, z)
    else:
        print("no break")
    k += 1
print(total)
