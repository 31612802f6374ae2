def loss_history(x, target, weight, learning_rate, iterations):
    """Return the list of losses, one per iteration, each worked out before that step."""
    losses = []  # an empty list to collect the losses
    for i in range(iterations):  # exactly `iterations` turns
        error = x * weight - target  # the error
        losses.append(error * error)  # keep this iteration's loss
        weight = weight - learning_rate * 2 * error * x  # step downhill
    return losses  # after the loop: every loss


def iterations_needed(x, target, weight, learning_rate, small):
    """Return how many iterations it takes until the loss is below small (at most 1000)."""
    count = 0  # no iterations yet
    loss = (x * weight - target) ** 2  # the loss at the start
    while loss >= small and count < 1000:  # not small enough yet, and not given up
        weight = weight - learning_rate * 2 * (x * weight - target) * x  # one step downhill
        count = count + 1  # one more iteration
        loss = (x * weight - target) ** 2  # the new loss
    return count
