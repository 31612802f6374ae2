# expect: Return the weight itself
def best_weight(x, target, guesses):
    best_size = abs(x * guesses[0] - target)
    for w in guesses:
        if abs(x * w - target) < best_size:
            best_size = abs(x * w - target)
    return best_size
