# expect: You wrote the bits side by side
def four_bits(b8, b4, b2, b1):
    return int(str(b8) + str(b4) + str(b2) + str(b1))
