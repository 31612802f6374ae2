# expect: Make b_f bigger
def remember_for(steps, f):
    return f ** steps


def choose_biases():
    return (3, -5)
