# expect: multiplied by the bias
def neuron(x, w, b):
    return x * w * b


def pocket_money(chores):
    return neuron(chores, 0.5, 1)
