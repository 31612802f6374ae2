# expect: You forgot the 2
def descend(x, target, weight, learning_rate, iterations):
    for i in range(iterations):
        error = x * weight - target
        gradient = error * x
        weight = weight - learning_rate * gradient
    return weight
