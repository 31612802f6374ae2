def log_count(x, base):
    """Return how many times you divide x by base to reach 1. log_count(8, 2) is 3."""
    # Your code here


def doublings(start, target):
    """Return how many doublings until start is at least target. doublings(1, 10) is 4."""
    # Your code here
