# expect: only used the first input
def neuron2(x1, w1, x2, w2, b):
    return x1 * w1 + b
