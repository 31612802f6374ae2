# expect: use >, not >=
def line_neuron(x1, x2, w1, w2, b):
    total = x1 * w1 + x2 * w2 + b
    if total >= 0:
        return 1
    return 0
