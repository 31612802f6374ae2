def standardise(values):
    """Return a new list: (each number − the mean) ÷ the standard deviation."""
    # Your code here


def check(values):
    """Return [mean, variance] of standardise(values)."""
    # Your code here
