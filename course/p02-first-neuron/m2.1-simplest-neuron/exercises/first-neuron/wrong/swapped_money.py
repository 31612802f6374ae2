# expect: swapped the weight and the bias
def neuron(x, w, b):
    return x * w + b


def pocket_money(chores):
    return neuron(chores, 1, 0.5)
