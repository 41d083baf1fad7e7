# Twin of toplevel_word_count.ruff.
words = ["alpha", "beta", "gamma", "delta", "alpha", "beta", "alpha"]
counts = {}
for i in range(300000):
    w = words[i % 7]
    if w in counts:
        counts[w] = counts[w] + 1
    else:
        counts[w] = 1
print(counts["alpha"] + counts["delta"])
