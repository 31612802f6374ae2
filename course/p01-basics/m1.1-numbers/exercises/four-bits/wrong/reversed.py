# expect: The places are the wrong way round
def four_bits(b8, b4, b2, b1):
    return b8 * 1 + b4 * 2 + b2 * 4 + b1 * 8
