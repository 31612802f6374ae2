# expect: Only the first place was merged
def merge(tokens, pair, new_id):
    for i in range(len(tokens) - 1):
        if tokens[i] == pair[0] and tokens[i + 1] == pair[1]:
            return tokens[:i] + [new_id] + tokens[i + 2:]
    return list(tokens)
