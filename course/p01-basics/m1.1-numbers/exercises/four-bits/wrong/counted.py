# expect: You counted the bits that are on
def four_bits(b8, b4, b2, b1):
    return b8 + b4 + b2 + b1
