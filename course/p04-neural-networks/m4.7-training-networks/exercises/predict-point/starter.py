import math  # for math.exp


def predict(params, point):
    """params = [W1, b1, W2, b2]. Hidden neurons: ReLU. Output: sigmoid. Return a number 0 to 1."""
    # Your code here


def label(params, point):
    """Return 1 if predict(params, point) is more than 0.5, else 0."""
    # Your code here
