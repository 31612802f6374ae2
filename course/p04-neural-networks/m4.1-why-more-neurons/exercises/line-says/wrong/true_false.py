# expect: You returned True or False
def line_neuron(x1, x2, w1, w2, b):
    return x1 * w1 + x2 * w2 + b > 0
