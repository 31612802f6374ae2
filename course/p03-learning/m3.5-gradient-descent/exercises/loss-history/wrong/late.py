# expect: Each loss is one iteration late
def loss_history(x, target, weight, learning_rate, iterations):
    losses = []
    for i in range(iterations):
        error = x * weight - target
        weight = weight - learning_rate * 2 * error * x
        error = x * weight - target
        losses.append(error * error)
    return losses


def iterations_needed(x, target, weight, learning_rate, small):
    return 0
