# expect: Put brackets around
def find_bias(x, w, output):
    return output - x * w


def find_input(output, w, b):
    return output - b / w
