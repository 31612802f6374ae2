# expect: both sides
def output_size(n, k, padding, stride):
    return (n + padding - k) // stride + 1
