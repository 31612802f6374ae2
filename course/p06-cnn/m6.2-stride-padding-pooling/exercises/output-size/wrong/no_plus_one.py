# expect: forget the + 1
def output_size(n, k, padding, stride):
    return (n + 2 * padding - k) // stride
