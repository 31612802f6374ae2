# expect: forget to add the bias
def neuron(x, w, b):
    return x * w


def pocket_money(chores):
    return chores * 0.5
