# expect: That is the step
def update(weight, gradient, learning_rate):
    return learning_rate * gradient
