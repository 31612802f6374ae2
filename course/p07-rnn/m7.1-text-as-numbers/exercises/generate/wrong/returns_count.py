# expect: You returned the biggest count
def most_likely_next(counts, char):
    if char not in counts:
        return None
    return max(counts[char].values())


def generate(counts, start, n):
    return start
