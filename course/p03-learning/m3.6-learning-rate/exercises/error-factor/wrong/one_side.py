# expect: A factor of −1 or less blows up too
def error_factor(x, learning_rate):
    return 1 - 2 * learning_rate * x * x


def verdict(x, learning_rate):
    f = error_factor(x, learning_rate)
    if f >= 1:
        return "blows up"
    if f < 0:
        return "bounces"
    if f > 0.9:
        return "slow"
    return "good"
