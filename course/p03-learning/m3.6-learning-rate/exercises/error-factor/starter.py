def error_factor(x, learning_rate):
    """Return 1 − 2 × learning_rate × x × x: what each iteration multiplies the error by."""
    # Your code here


def verdict(x, learning_rate):
    """Return "blows up", "bounces", "slow" or "good" for this input and learning rate."""
    # Your code here
