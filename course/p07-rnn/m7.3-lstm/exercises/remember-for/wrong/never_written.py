# expect: the 1 was never written
def remember_for(steps, f):
    return f ** steps


def choose_biases():
    return (6, -15)
