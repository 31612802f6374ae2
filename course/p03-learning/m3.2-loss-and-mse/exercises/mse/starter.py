def mean_squared_error(predictions, targets):
    """Return the mean of the squared errors.

    predictions and targets are lists of the same length.
    Example: mean_squared_error([0.5, 0.7, 0.8], [0.8, 0.8, 0.8]) squares the errors
    −0.3, −0.1 and 0, adds them up, and divides by 3.
    """
    # Your code here
