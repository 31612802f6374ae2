def neuron2(x1, w1, x2, w2, b):
    """Return the output of a neuron with two inputs: x1 × w1 + x2 × w2 + b."""
    product1 = x1 * w1  # the first input times its weight
    product2 = x2 * w2  # the second input times its weight
    weighted_sum = product1 + product2  # add the products up
    return weighted_sum + b  # add the bias once, at the end
