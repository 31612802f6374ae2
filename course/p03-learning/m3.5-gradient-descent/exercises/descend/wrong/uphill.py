# expect: The weight walked uphill
def descend(x, target, weight, learning_rate, iterations):
    for i in range(iterations):
        error = x * weight - target
        gradient = 2 * error * x
        weight = weight + learning_rate * gradient
    return weight
