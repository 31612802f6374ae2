def remember_for(steps, f):
    """A cell holds 1; each step multiplies it by the forget gate f. Return what is left."""
    memory = 1  # the cell state starts by holding 1
    for _ in range(steps):  # one pass per step
        memory = f * memory  # the forget gate keeps this part; nothing new is written
    return memory  # what is left after all the steps


def choose_biases():
    """Return (b_f, b_i) so a stored 1 stays above 0.5 for 30 steps."""
    b_f = 6  # σ(6) is about 0.9975: the forget gate is almost fully open
    b_i = -5  # x = 1 gives σ(5), open; x = 0 gives σ(−5), almost shut
    return (b_f, b_i)
