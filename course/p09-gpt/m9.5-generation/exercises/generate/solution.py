def pick(row, r):
    """The word whose slice of the line from 0 to 1 holds the random number r."""
    running = 0.0  # where the current slice ends
    for word, chance in row.items():  # the slices, in the dictionary's order
        running += chance  # this word's slice ends here
        if r < running:  # r lies inside this slice
            return word
    return word  # only if rounding left r just past the last slice


def generate(next_chances, start, n, rng_values):
    """Start with start; n times, pick the next word by chance using rng_values; return all words."""
    words = [start]  # the text so far, one word
    for i in range(n):  # add n words
        row = next_chances[words[-1]]  # the chances after the last word so far
        words.append(pick(row, rng_values[i]))  # step i uses random number i
    return words
