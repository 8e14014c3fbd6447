# Iterators of two kinds meeting in one variable (a str's items and an
# object's) join to an iterator of objects.
words = ["listen", "silent", "cat"]
letters = {c for w in words for c in w}
vc = {w: sum(1 for c in w if c in "aeiou") for w in sorted(set(words))}
print(sorted(letters), vc)
