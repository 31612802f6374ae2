# Cross-entropy from scratch: the loss is minus the ln of the right class's chance.
import math  # math.log(x) with one input is ln, the logarithm base e


def cross_entropy(chances, target):  # chances: one per class; target: the right class
    chance = chances[target]  # the chance the network gave the right class
    return 0 - math.log(chance)  # ln is below 0 for chances below 1: flip the sign


# How the loss grows as the right class's chance shrinks.
for right in [1.0, 0.9, 0.5, 0.1, 0.01]:  # the chance of the right class
    chances = [right, 1 - right]  # two classes; class 0 is the right one
    loss = cross_entropy(chances, 0)  # the loss for this example
    print(f"chance {right}: loss = {loss:.4f}")  # small when sure and right

# The loss on a few examples is the mean of their losses.
examples = [  # (chances for classes 0, 1, 2, the right class)
    ([0.7, 0.2, 0.1], 0),
    ([0.1, 0.8, 0.1], 1),
    ([0.3, 0.3, 0.4], 0),
]
total = 0  # a running total of the losses
for chances, target in examples:  # every example
    loss = cross_entropy(chances, target)  # its own loss
    print(f"right class {target}, chance {chances[target]}: loss = {loss:.4f}")
    total = total + loss  # add it to the total
print(f"mean loss = {total / len(examples):.4f}")  # divide by how many examples
