# expect: You merged from the right
def merge(tokens, pair, new_id):
    out = []
    i = len(tokens) - 1
    while i >= 0:
        if i > 0 and tokens[i - 1] == pair[0] and tokens[i] == pair[1]:
            out.insert(0, new_id)
            i -= 2
        else:
            out.insert(0, tokens[i])
            i -= 1
    return out
