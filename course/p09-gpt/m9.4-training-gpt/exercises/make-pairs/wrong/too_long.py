# expect: one character too long
def make_pairs(text, block):
    inputs = text[:block + 1]
    targets = text[1:block + 2]
    return inputs, targets
