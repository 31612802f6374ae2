def forward_loss(x, target, w1, w2):
    """Forward pass, then the squared error."""
    hidden = x * w1  # the hidden neuron
    output = hidden * w2  # the output neuron
    error = output - target  # how far off
    return error * error  # the loss
