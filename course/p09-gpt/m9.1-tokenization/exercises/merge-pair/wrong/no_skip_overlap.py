# expect: a token that was already used up was looked at again
def merge(tokens, pair, new_id):
    out = []
    for i in range(len(tokens)):
        if i + 1 < len(tokens) and tokens[i] == pair[0] and tokens[i + 1] == pair[1]:
            out.append(new_id)
        elif i > 0 and tokens[i - 1] == pair[0] and tokens[i] == pair[1]:
            continue
        else:
            out.append(tokens[i])
    return out
