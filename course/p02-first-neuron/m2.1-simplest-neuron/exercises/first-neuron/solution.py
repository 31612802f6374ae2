def neuron(x, w, b):
    """Return the output of a neuron with one input: x times w, plus b."""
    product = x * w  # step 1: multiply the input by the weight
    output = product + b  # step 2: add the bias
    return output  # hand the answer back


def pocket_money(chores):
    """Return the coins after some chores: 0.5 coins each, plus 1 coin anyway."""
    return neuron(chores, 0.5, 1)  # input = chores, weight = 0.5, bias = 1
