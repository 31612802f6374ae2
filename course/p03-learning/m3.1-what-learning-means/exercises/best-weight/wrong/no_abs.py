# expect: Drop the minus sign first
def best_weight(x, target, guesses):
    best = guesses[0]
    for w in guesses:
        if x * w - target < x * best - target:
            best = w
    return best
