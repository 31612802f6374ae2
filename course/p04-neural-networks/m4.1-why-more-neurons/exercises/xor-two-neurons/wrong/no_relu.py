# expect: no ReLU
def hidden(x1, x2):
    return [x1 + x2, x1 + x2 - 1]


def xor_net(x1, x2):
    a, b = hidden(x1, x2)
    return a - 2 * b
