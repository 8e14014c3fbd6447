# An empty list goes with the clone of its element type's other calls; a
# list of Nones and None itself are types of their own.
def rotate(xs, k):
    if not xs:
        return xs
    k = k % len(xs)
    return xs[k:] + xs[:k]


def first_or(xs, d):
    for x in xs:
        return x
    return d


print(rotate([1, 2, 3, 4], 1), rotate([], 3), rotate(["a", "b"], 1))
print(first_or([], 0), first_or([5, 6], 0), first_or([None, 1], 0), first_or("xy", "-"))
print(first_or([2.5], 1.0), first_or([], "empty"))
print(rotate([None, None, 1], 2))
