# expect: You counted one iteration too many
def loss_history(x, target, weight, learning_rate, iterations):
    losses = []
    for i in range(iterations):
        error = x * weight - target
        losses.append(error * error)
        weight = weight - learning_rate * 2 * error * x
    return losses


def iterations_needed(x, target, weight, learning_rate, small):
    count = 0
    loss = (x * weight - target) ** 2
    while loss >= small and count < 1000:
        weight = weight - learning_rate * 2 * (x * weight - target) * x
        count = count + 1
        loss = (x * weight - target) ** 2
    return count + 1
