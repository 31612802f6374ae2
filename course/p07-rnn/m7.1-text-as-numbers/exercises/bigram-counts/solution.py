def bigram_counts(text):
    """Return counts[a][b]: how often character b comes right after character a in text."""
    counts = {}  # a dictionary of rows, one row per first character
    for i in range(len(text) - 1):  # every pair; the last character has nothing after it
        a = text[i]  # this character
        b = text[i + 1]  # the character right after it
        if a not in counts:  # no row for a yet?
            counts[a] = {}  # start an empty row
        counts[a][b] = counts[a].get(b, 0) + 1  # one more b after a
    return counts
