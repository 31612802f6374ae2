def relu_all(values):
    """Return a new list: ReLU of each number in values."""
    # Your code here
