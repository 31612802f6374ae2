# expect: You looked at the 8s bit
def from_bits(bits):
    return bits[0] * 8 + bits[1] * 4 + bits[2] * 2 + bits[3] * 1


def is_odd(bits):
    return bits[0] == 1
