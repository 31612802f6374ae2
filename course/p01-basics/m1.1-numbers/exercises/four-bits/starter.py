def four_bits(b8, b4, b2, b1):
    """Return the number made by four bits.

    b8 is the bit in the 8s place, b4 in the 4s place, b2 in the 2s place, b1 in the 1s place.
    Each bit is 0 or 1. For example, four_bits(1, 1, 0, 1) is 13.
    """
    # Your code here
