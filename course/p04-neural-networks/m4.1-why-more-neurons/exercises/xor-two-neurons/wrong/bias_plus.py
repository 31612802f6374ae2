# expect: bias is -1
def relu(x):
    return x if x > 0 else 0


def hidden(x1, x2):
    return [relu(x1 + x2), relu(x1 + x2 + 1)]


def xor_net(x1, x2):
    a, b = hidden(x1, x2)
    return a - 2 * b
