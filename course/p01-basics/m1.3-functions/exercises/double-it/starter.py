def double(x):
    """Return 2 times x. double(3) is 6."""
    # Your code here


def add_three(x):
    """Return x plus 3. add_three(4) is 7."""
    # Your code here
