import math  # math.exp(x) is e to the power x


def most_attended(words, vectors, word):
    """Return the other word that `word` pays the most attention to (its own position skipped)."""
    me = words.index(word)  # the first position of the word we look from
    query = vectors[me]  # its vector
    scores = [sum(q * x for q, x in zip(query, v)) for v in vectors]  # one score per word
    powers = [math.exp(s) for s in scores]  # softmax, step 1
    total = sum(powers)  # softmax, step 2
    weights = [p / total for p in powers]  # softmax, step 3: the attention weights
    best = None  # the best position so far (none yet)
    for k in range(len(words)):  # every position
        if k == me:  # skip the word itself
            continue
        if best is None or weights[k] > weights[best]:  # strictly bigger: a tie keeps the first
            best = k
    return words[best]  # the word, not its position
