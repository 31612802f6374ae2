def slopes(x, target, w1, w2):
    """Return [slope of the loss for w1, slope of the loss for w2].

    hidden = x × w1, output = hidden × w2, loss = (output − target) × (output − target).
    """
    # Your code here
