def from_bits(bits):
    """Return the number made by a list of four bits, biggest place first."""
    return bits[0] * 8 + bits[1] * 4 + bits[2] * 2 + bits[3] * 1  # each bit times its place


def is_odd(bits):
    """Return True if the four bits make an odd number."""
    return bits[3] == 1  # only the 1s place is odd, so the last bit decides
