# expect: You forgot the learning rate
def update(weight, gradient, learning_rate):
    return weight - gradient
