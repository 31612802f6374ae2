# expect: multiplied the two products together
def neuron2(x1, w1, x2, w2, b):
    return x1 * w1 * x2 * w2 + b
