def descend(x, target, weight, learning_rate, iterations):
    """Run gradient descent on one example and return the final weight."""
    for i in range(iterations):  # exactly `iterations` turns
        prediction = x * weight  # 1. predict
        error = prediction - target  # 2. the error
        gradient = 2 * error * x  # 3. the gradient
        weight = weight - learning_rate * gradient  # 4 and 5. step downhill
    return weight  # after the loop: the learned weight
