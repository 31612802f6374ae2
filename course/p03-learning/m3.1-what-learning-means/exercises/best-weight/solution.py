def best_weight(x, target, guesses):
    """Return the weight in guesses whose error is closest to 0 (the first, on a tie)."""
    best = guesses[0]  # the best weight so far: start with the first guess
    best_size = abs(x * best - target)  # how far off it is, without the minus sign
    for w in guesses:  # try every weight
        size = abs(x * w - target)  # how far off this one is
        if size < best_size:  # strictly closer than the best so far?
            best = w  # remember this weight
            best_size = size  # and how far off it is
    return best  # after the loop: the winner
