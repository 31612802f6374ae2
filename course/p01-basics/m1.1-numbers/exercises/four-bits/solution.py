def four_bits(b8, b4, b2, b1):
    """Return the number made by four bits."""
    return b8 * 8 + b4 * 4 + b2 * 2 + b1 * 1  # each bit times what its place is worth
