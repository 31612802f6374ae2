# expect: You went uphill
def update(weight, gradient, learning_rate):
    return weight + learning_rate * gradient
