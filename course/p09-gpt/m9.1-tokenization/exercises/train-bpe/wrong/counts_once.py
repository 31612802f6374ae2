# expect: count the pairs again after every merge
def count_pairs(tokens):
    """Return {(a, b): how often b comes right after a} for the list of ids `tokens`."""
    counts = {}  # pair -> how many times we saw it
    for i in range(len(tokens) - 1):  # n tokens have n - 1 pairs
        pair = (tokens[i], tokens[i + 1])  # a token and its right-hand neighbour
        counts[pair] = counts.get(pair, 0) + 1  # one more of this pair
    return counts


def merge(tokens, pair, new_id):
    """Return a new list with every (a, b) = pair replaced by new_id, from left to right."""
    out = []  # the new list of tokens
    i = 0  # our place in the old list
    while i < len(tokens):  # until we have used every token
        if i + 1 < len(tokens) and tokens[i] == pair[0] and tokens[i + 1] == pair[1]:
            out.append(new_id)  # the pair starts here: one new token stands for both
            i += 2  # both tokens are used up
        else:
            out.append(tokens[i])  # keep this token as it is
            i += 1  # move on by one
    return out


def train_bpe(ids, n_merges):
    counts = count_pairs(ids)
    ranked = sorted(counts, key=counts.get, reverse=True)
    return ranked[:n_merges]
