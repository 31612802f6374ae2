def update(weight, gradient, learning_rate):
    """Return the new weight after one step of gradient descent.

    new weight = old weight − learning rate × gradient
    Example: update(0.1, -19.2, 0.05) takes a step of 0.05 × (−19.2).
    """
    # Your code here
