# expect: Multiply by x twice
def error_factor(x, learning_rate):
    return 1 - 2 * learning_rate * x


def verdict(x, learning_rate):
    f = error_factor(x, learning_rate)
    if abs(f) >= 1:
        return "blows up"
    if f < 0:
        return "bounces"
    if f > 0.9:
        return "slow"
    return "good"
