# expect: Return True or False
def from_bits(bits):
    return bits[0] * 8 + bits[1] * 4 + bits[2] * 2 + bits[3] * 1


def is_odd(bits):
    return bits[3]
