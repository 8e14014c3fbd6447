# List, dict and set comprehensions (nested, with conditions) and the
# builtins that consume generator expressions.
words = ["apple", "banana", "cherry", "date", "fig", "grape"]
lengths = [len(w) for w in words]
print(lengths)
print([w.upper() for w in words if len(w) > 4])
print({w: len(w) for w in words if "a" in w})
print(sorted({len(w) for w in words}))
pairs = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2 == 1]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print(sum(x * x for x in range(10)), max(len(w) for w in words), min(w for w in words))
print(any(w.startswith("g") for w in words), all(len(w) > 3 for w in words))
print("-".join(w[0] for w in words), sorted(w[::-1] for w in words))
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
