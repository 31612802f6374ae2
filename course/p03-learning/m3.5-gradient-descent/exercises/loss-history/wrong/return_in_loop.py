# expect: Did you return inside the loop
def loss_history(x, target, weight, learning_rate, iterations):
    losses = []
    for i in range(iterations):
        error = x * weight - target
        losses.append(error * error)
        weight = weight - learning_rate * 2 * error * x
        return losses
    return losses


def iterations_needed(x, target, weight, learning_rate, small):
    return 0
