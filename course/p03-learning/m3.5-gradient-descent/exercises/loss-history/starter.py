def loss_history(x, target, weight, learning_rate, iterations):
    """Return the list of losses, one per iteration, each worked out before that step."""
    # Your code here


def iterations_needed(x, target, weight, learning_rate, small):
    """Return how many iterations it takes until the loss is below small (at most 1000)."""
    # Your code here
