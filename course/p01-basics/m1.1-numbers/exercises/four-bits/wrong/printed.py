# expect: None
def four_bits(b8, b4, b2, b1):
    print(b8 * 8 + b4 * 4 + b2 * 2 + b1 * 1)
