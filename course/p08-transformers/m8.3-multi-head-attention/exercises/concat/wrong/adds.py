# expect: You added the lists number by number
def concat(parts):
    out = [0] * len(parts[0])
    for part in parts:
        out = [a + b for a, b in zip(out, part)]
    return out
