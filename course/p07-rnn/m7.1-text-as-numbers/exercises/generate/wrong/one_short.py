# expect: one character short
def most_likely_next(counts, char):
    if char not in counts:
        return None
    row = counts[char]
    best = None
    for b in sorted(row):
        if best is None or row[b] > row[best]:
            best = b
    return best


def generate(counts, start, n):
    out = start
    for _ in range(n - 1):
        nxt = most_likely_next(counts, out[-1])
        if nxt is None:
            break
        out = out + nxt
    return out
