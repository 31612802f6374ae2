# expect: only one improvement
def improve(x, guess):
    return (guess + x / guess) / 2


def square_root(x):
    guess = 1
    for i in range(20):
        better = improve(x, guess)
    return better
