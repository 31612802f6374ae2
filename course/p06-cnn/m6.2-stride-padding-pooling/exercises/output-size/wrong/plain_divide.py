# expect: Use // to divide and round down
def output_size(n, k, padding, stride):
    return (n + 2 * padding - k) / stride + 1
