# expect: You swapped the inputs and the targets
def make_pairs(text, block):
    return text[1:block + 1], text[:block]
