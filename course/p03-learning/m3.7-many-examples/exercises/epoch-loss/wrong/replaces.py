# expect: Only the last example's loss counted
def epoch_loss(data, weight, learning_rate):
    total = 0
    for x, target in data:
        error = x * weight - target
        total = error * error
        weight = weight - learning_rate * 2 * error * x
    return total / len(data)
