def slopes(x, target, w1, w2):
    """Backpropagation for input → hidden → output."""
    hidden = x * w1  # forward
    output = hidden * w2
    error = output - target
    g_out = 2 * error  # rate of the loss for the output
    g_w2 = g_out * hidden  # w2 was multiplied by hidden
    g_hidden = g_out * w2  # the error flows back along w2
    g_w1 = g_hidden * x  # w1 was multiplied by x
    return [g_w1, g_w2]
