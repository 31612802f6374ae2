# expect: should return
def best_weight(x, target, guesses):
    best = guesses[0]
    for w in guesses:
        if abs(x * w - target) <= abs(x * best - target):
            best = w
    return best
