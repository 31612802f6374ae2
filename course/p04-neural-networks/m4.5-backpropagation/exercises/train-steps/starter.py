def train(x, target, w1, w2, lr, steps):
    """Do `steps` backprop steps on input → hidden → output. Return [w1, w2] at the end."""
    # Your code here
