# expect: Make b_i lower so the input gate is shut
def remember_for(steps, f):
    return f ** steps


def choose_biases():
    return (6, 0)
