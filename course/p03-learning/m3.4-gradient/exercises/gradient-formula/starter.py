def gradient(x, target, w, b):
    """Return the slope of the loss for the weight: 2 × error × input.

    The prediction is x × w + b, and error = prediction − target.
    Example: gradient(2, 5, 0.1, 0) should be -19.2.
    """
    # Your code here
