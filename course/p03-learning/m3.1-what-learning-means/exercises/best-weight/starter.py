def best_weight(x, target, guesses):
    """Return the weight in guesses whose error is closest to 0.

    The neuron has one input x and no bias: output = x * weight.
    Example: best_weight(2, 5, [1, 2, 3]) tries the outputs 2, 4 and 6. Both 4 and 6 are
    1 away from 5. On a tie the first one wins, so it returns the weight 2.
    """
    # Your code here
