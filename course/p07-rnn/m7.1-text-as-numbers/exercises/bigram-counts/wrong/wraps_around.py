# expect: one pair too many
def bigram_counts(text):
    counts = {}
    for i in range(len(text)):
        a = text[i]
        b = text[(i + 1) % len(text)]
        if a not in counts:
            counts[a] = {}
        counts[a][b] = counts[a].get(b, 0) + 1
    return counts
