import math  # for math.isfinite


def safe_descend(x, target, weight, learning_rate, iterations):
    """Run gradient descent, but stop as soon as the weight is infinity or NaN."""
    count = 0  # how many iterations have run
    for i in range(iterations):  # at most `iterations` turns
        error = x * weight - target  # prediction − target
        weight = weight - learning_rate * 2 * error * x  # one step downhill
        count = count + 1  # one more iteration done
        if not math.isfinite(weight):  # infinity or NaN: broken
            break  # stop at once
    return [weight, count]  # the last weight and how many iterations ran
