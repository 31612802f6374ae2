# expect: The weight never changed
def epoch_loss(data, weight, learning_rate):
    total = 0
    for x, target in data:
        error = x * weight - target
        total = total + error * error
    return total / len(data)
