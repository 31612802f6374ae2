# expect: The gradient was worked out only once
def descend(x, target, weight, learning_rate, iterations):
    error = x * weight - target
    gradient = 2 * error * x
    for i in range(iterations):
        weight = weight - learning_rate * gradient
    return weight
