def weighted_totals(scores, weights):
    """Return each pupil's total: each row of scores dotted with the weights."""
    # Your code here


def class_mean(totals):
    """Return the mean of the totals."""
    # Your code here


def class_spread(totals):
    """Return the standard deviation of the totals."""
    # Your code here


def standout(scores, weights):
    """Return the position of the pupil whose total is furthest from the class mean (the first, on a tie)."""
    # Your code here
