# expect: take the bias away first
def find_bias(x, w, output):
    return output - x * w


def find_input(output, w, b):
    return output / w - b
