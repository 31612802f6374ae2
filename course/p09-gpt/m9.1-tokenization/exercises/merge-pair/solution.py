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
