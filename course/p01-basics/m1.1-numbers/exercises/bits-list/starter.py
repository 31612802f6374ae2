def from_bits(bits):
    """Return the number made by a list of four bits, biggest place first.

    bits[0] is the 8s bit, bits[1] the 4s bit, bits[2] the 2s bit, bits[3] the 1s bit.
    For example, from_bits([1, 1, 0, 1]) is 13.
    """
    # Your code here


def is_odd(bits):
    """Return True if the four bits make an odd number, False if they make an even one."""
    # Your code here
