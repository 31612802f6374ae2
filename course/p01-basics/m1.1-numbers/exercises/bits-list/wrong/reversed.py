# expect: The places are the wrong way round
def from_bits(bits):
    return bits[0] * 1 + bits[1] * 2 + bits[2] * 4 + bits[3] * 8


def is_odd(bits):
    return bits[3] == 1
