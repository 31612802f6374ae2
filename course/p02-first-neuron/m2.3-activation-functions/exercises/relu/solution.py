def relu(x):
    """Return x if x is bigger than zero, and 0 otherwise."""
    if x > 0:  # is the input bigger than zero?
        return x  # yes: keep it as it is
    else:  # zero or negative
        return 0  # turn it into zero
