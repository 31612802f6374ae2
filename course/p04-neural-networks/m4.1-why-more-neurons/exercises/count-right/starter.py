def count_right(w1, w2, b, wants):
    """Return how many of the 4 corners a neuron gets right.

    The corners are (0, 0), (0, 1), (1, 0), (1, 1), in that order. wants[i] is the answer
    wanted at corner i. The neuron says 1 when x1 × w1 + x2 × w2 + b is above zero, else 0.
    """
    # Your code here
