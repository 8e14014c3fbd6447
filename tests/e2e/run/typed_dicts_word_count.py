# Word counts in typed dicts (dict[str,int], dict[int,int]): the get-and-add
# and the augmented-assignment patterns, iteration in insertion order.
def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def tally(words):
    t = {}
    for w in words:
        if w not in t:
            t[w] = 0
        t[w] += 1
    return t


def main():
    text = ["the", "cat", "sat", "on", "the", "mat", "the", "end", "cat"]
    c = count_words(text)
    print(c)
    print(tally(text) == c, tally(text[1:]) != c)
    for w in sorted(c):
        print(w, c[w])
    for w, n in c.items():
        print(f"{w}: {n}")
    print(len(c), "cat" in c, "dog" not in c)
    total = 0
    for n in c.values():
        total += n
    print(total)
    lengths = {}
    for w in text:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
    print(lengths, sorted(lengths.values()), list(lengths))
    best = ""
    for w in c:
        if best == "" or c[w] > c[best]:
            best = w
    print("most common:", best, c[best])


main()
