def square(x):
    """Return x to the power 2, that is x times itself. square(5) is 25."""
    # Your code here


def cube(x):
    """Return x to the power 3, that is x times x times x. cube(2) is 8."""
    # Your code here
