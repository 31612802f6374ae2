def power(base, n):
    """Return base to the power n, using a loop. n is a whole number, 0 or more.

    power(2, 3) is 2 × 2 × 2, which is 8. power(7, 0) is 1.
    """
    # Your code here


def story(rounds):
    """Return how many people hear the story in the last round: 2 to the power rounds."""
    # Your code here
