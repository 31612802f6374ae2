# expect: Your pairs are backwards
def bigram_counts(text):
    counts = {}
    for i in range(len(text) - 1):
        a = text[i]
        b = text[i + 1]
        if b not in counts:
            counts[b] = {}
        counts[b][a] = counts[b].get(a, 0) + 1
    return counts
