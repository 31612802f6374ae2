def link_rates(x, w, target):
    """Return [rate weight→prediction, rate prediction→error, rate error→loss].

    prediction = x × w, error = prediction − target, loss = error × error.
    """
    # Your code here


def loss_slope(x, w, target):
    """Return the slope of the loss for the weight: the three rates multiplied."""
    # Your code here
