def hidden(x1, x2):
    """Return [A, B]: A = ReLU(x1 + x2), B = ReLU(x1 + x2 - 1)."""
    # Your code here


def xor_net(x1, x2):
    """Return A - 2 × B, using hidden(x1, x2). It gives 0, 1, 1, 0 at the four corners."""
    # Your code here
