# expect: not in the order the dictionary keeps
def most_likely_next(counts, char):
    if char not in counts:
        return None
    row = counts[char]
    best = None
    for b in row:
        if best is None or row[b] > row[best]:
            best = b
    return best


def generate(counts, start, n):
    out = start
    for _ in range(n):
        nxt = most_likely_next(counts, out[-1])
        if nxt is None:
            break
        out = out + nxt
    return out
