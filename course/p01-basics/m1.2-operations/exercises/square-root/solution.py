def improve(x, guess):
    """Return a better guess for the square root of x."""
    other = x / guess  # if the guess is too big, this is too small, and the other way round
    return (guess + other) / 2  # the middle of the two: add, then divide by 2


def square_root(x):
    """Return the square root of x, found by guessing and improving."""
    guess = 1  # any first guess above 0 works
    for i in range(20):  # improve it 20 times
        guess = improve(x, guess)  # each time the guess gets closer
    return guess  # after the loop, the guess has settled
