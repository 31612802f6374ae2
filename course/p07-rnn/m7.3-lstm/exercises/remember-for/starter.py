def remember_for(steps, f):
    """A cell holds 1; each step multiplies it by the forget gate f. Return what is left."""
    # Your code here


def choose_biases():
    """Return (b_f, b_i) so a stored 1 stays above 0.5 for 30 steps."""
    # Your code here
