# expect: Your sign is flipped
def find_bias(x, w, output):
    return x * w - output


def find_input(output, w, b):
    return (output - b) / w
