# expect: You stepped before you measured the loss
def epoch_loss(data, weight, learning_rate):
    total = 0
    for x, target in data:
        weight = weight - learning_rate * 2 * (x * weight - target) * x
        error = x * weight - target
        total = total + error * error
    return total / len(data)
