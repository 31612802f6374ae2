def output_size(n, k, padding, stride):
    """The width of the feature map: (n + 2 * padding - k) divided by stride, rounded down, + 1."""
    padded = n + 2 * padding  # the border goes on both sides
    room = padded - k  # how far the filter can move after its first place
    jumps = room // stride  # whole jumps only: // rounds down
    return jumps + 1  # the first place, plus one more after each jump
