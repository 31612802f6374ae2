def neuron2(x1, w1, x2, w2, b):
    """Return the output of a neuron with two inputs.

    x1 goes with weight w1, and x2 goes with weight w2. b is the bias.
    Multiply each input by its weight, add the two products, then add the bias.
    """
    # Your code here
