# expect: Each guess must follow the character you added last
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
    for _ in range(n):
        out = out + most_likely_next(counts, start)
    return out
