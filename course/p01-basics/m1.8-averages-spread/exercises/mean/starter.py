def mean(values):
    """Return the mean of a list of numbers: the sum divided by the count. mean([2, 4, 9]) is 5."""
    # Your code here
