# expect: don't divide
def update(weight, gradient, learning_rate):
    return weight - gradient / learning_rate
