# expect: not of the guess and x
def improve(x, guess):
    return (guess + x) / 2


def square_root(x):
    guess = 1
    for i in range(20):
        guess = improve(x, guess)
    return guess
