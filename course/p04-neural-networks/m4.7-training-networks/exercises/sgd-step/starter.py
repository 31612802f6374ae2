import math  # for math.exp


def sgd_step(params, point, target, lr):
    """One backprop step on one point. params = [W1, b1, W2, b2]; return the new params.

    Hidden neurons: ReLU. Output: sigmoid. Loss: (output - target) squared.
    """
    # Your code here
