# expect: One iteration too few
def descend(x, target, weight, learning_rate, iterations):
    for i in range(1, iterations):
        error = x * weight - target
        gradient = 2 * error * x
        weight = weight - learning_rate * gradient
    return weight
