# expect: You added the weight
def neuron(x, w, b):
    return x + w + b


def pocket_money(chores):
    return neuron(chores, 0.5, 1)
