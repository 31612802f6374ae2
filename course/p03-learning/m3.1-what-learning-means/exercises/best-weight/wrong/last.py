# expect: You returned the last guess
def best_weight(x, target, guesses):
    best = guesses[0]
    for w in guesses:
        best = w
    return best
