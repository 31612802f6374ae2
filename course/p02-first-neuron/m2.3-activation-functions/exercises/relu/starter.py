def relu(x):
    """Return x if x is bigger than zero, and 0 otherwise.

    relu(5) keeps 5. relu(-3) gives 0. relu(0) gives 0.
    """
    # Your code here
