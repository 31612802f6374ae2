def forward_loss(x, target, w1, w2):
    """hidden = x × w1, output = hidden × w2. Return (output − target) squared."""
    # Your code here
