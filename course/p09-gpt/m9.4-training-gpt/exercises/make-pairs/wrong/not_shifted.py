# expect: the same as your inputs
def make_pairs(text, block):
    return text[:block], text[:block]
