# expect: It did not stop when the weight broke
def safe_descend(x, target, weight, learning_rate, iterations):
    count = 0
    for i in range(iterations):
        error = x * weight - target
        weight = weight - learning_rate * 2 * error * x
        count = count + 1
    return [weight, count]
