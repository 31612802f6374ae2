import math


def average_loss(chances):
    """Return the mean of −ln(chance) over every position of the window."""
    total = 0.0  # the losses, added up
    for p in chances:  # the chance of the right token at each position
        total += -math.log(p)  # this position's loss: −ln of its chance
    return total / len(chances)  # the mean: divide by how many positions
