# expect: The last pair is missing
def bigram_counts(text):
    counts = {}
    for i in range(len(text) - 2):
        a = text[i]
        b = text[i + 1]
        if a not in counts:
            counts[a] = {}
        counts[a][b] = counts[a].get(b, 0) + 1
    return counts
