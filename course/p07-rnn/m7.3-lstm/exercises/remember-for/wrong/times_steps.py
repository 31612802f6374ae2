# expect: You multiplied f by the number of steps
def remember_for(steps, f):
    return f * steps


def choose_biases():
    return (6, -5)
