# expect: forget to add the bias
def line_neuron(x1, x2, w1, w2, b):
    total = x1 * w1 + x2 * w2
    if total > 0:
        return 1
    return 0
