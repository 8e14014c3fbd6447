# A value of the outer loop read once inside an inner loop is read on every
# inner iteration: the Rust must copy it each time, not move it.
data = {"alice": [90, 85, 77], "bob": [60, 75], "carol": []}
print([(n, s) for n, scores in data.items() for s in scores if s > 80])
rows = [["a", 1], ["b", 2]]
out = []
for row in rows:
    label = row[0]
    for k in range(3):
        out.append((label, k))
print(out)
