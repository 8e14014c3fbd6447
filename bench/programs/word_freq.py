# Word frequencies of a generated text: str building, split, a dict of counts.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi"]


def make_text(n):
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        w = ""
        for j in range(k):
            w += SYLLABLES[(x >> (3 * j + 4)) % 8]
        words.append(w)
    return " ".join(words)


text = make_text(400000)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
