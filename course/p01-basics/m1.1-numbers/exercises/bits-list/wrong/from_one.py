# expect: Positions start at 0
def from_bits(bits):
    return bits[1] * 8 + bits[2] * 4 + bits[3] * 2


def is_odd(bits):
    return bits[3] == 1
