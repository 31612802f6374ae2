def count_pairs(tokens):
    """Return {(a, b): how often b comes right after a} for the list of ids `tokens`."""
    counts = {}  # pair -> how many times we saw it
    for i in range(len(tokens) - 1):  # n tokens have n - 1 pairs
        pair = (tokens[i], tokens[i + 1])  # a token and its right-hand neighbour
        counts[pair] = counts.get(pair, 0) + 1  # one more of this pair
    return counts
