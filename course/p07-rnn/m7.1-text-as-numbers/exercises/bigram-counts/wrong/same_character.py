# expect: you used text[i] twice
def bigram_counts(text):
    counts = {}
    for i in range(len(text) - 1):
        a = text[i]
        b = text[i]
        if a not in counts:
            counts[a] = {}
        counts[a][b] = counts[a].get(b, 0) + 1
    return counts
