def output_size(n, k, padding, stride):
    """The width of the feature map: (n + 2 * padding - k) divided by stride, rounded down, + 1."""
    # Your code here
