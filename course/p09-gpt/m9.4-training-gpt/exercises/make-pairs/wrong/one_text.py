# expect: You returned one text
def make_pairs(text, block):
    return text[:block + 1]
