# expect: Collect every loss in a list
def loss_history(x, target, weight, learning_rate, iterations):
    loss = 0
    for i in range(iterations):
        error = x * weight - target
        loss = error * error
        weight = weight - learning_rate * 2 * error * x
    return loss


def iterations_needed(x, target, weight, learning_rate, small):
    return 0
