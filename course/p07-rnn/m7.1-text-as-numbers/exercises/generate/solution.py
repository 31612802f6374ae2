def most_likely_next(counts, char):
    """Return the most likely character after char (ties: the first in sorted order)."""
    if char not in counts:  # nothing ever came after char
        return None
    row = counts[char]  # how often each character came right after char
    best = None  # the best next character so far
    for b in sorted(row):  # every next character, in sorted order
        if best is None or row[b] > row[best]:  # strictly bigger: a tie keeps the first
            best = b
    return best


def generate(counts, start, n):
    """Start with start, then add n characters, each the most likely after the last one."""
    out = start  # the text so far
    for _ in range(n):  # add n characters
        nxt = most_likely_next(counts, out[-1])  # the best guess after the last character
        if nxt is None:  # a dead end: nothing ever came after it
            break
        out = out + nxt  # add the guess
    return out
