# expect: the second token of the pair is still in your list
def merge(tokens, pair, new_id):
    out = []
    for i in range(len(tokens)):
        if i + 1 < len(tokens) and tokens[i] == pair[0] and tokens[i + 1] == pair[1]:
            out.append(new_id)
        else:
            out.append(tokens[i])
    return out
