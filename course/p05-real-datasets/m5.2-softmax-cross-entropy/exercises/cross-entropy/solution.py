import math  # math.log(x) with one input is ln


def cross_entropy(chances, target):
    """Return the loss: minus the ln of chances[target], the right class's chance."""
    chance = chances[target]  # the chance given to the right class
    return -math.log(chance)  # ln is below 0 for chances below 1, so flip the sign
