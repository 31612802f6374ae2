def improve(x, guess):
    """Return a better guess for the square root of x: the middle of guess and x ÷ guess."""
    # Your code here


def square_root(x):
    """Return the square root of x (x > 0): start at 1 and improve the guess 20 times."""
    # Your code here
