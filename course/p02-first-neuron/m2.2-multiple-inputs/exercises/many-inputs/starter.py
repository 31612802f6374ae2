def weighted_sum(inputs, weights):
    """Return the sum of each input times the weight at the same position.

    inputs and weights are lists of the same length.
    """
    # Your code here


def neuron_multi(inputs, weights, b):
    """Return the output of a neuron with many inputs: the weighted sum plus the bias b."""
    # Your code here


def try_it():
    """Return the output of neuron_multi for inputs [5, 2, 8], weights [0.2, 0.5, 0.1], bias 0.5."""
    # Your code here
