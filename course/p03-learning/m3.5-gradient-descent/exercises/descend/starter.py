def descend(x, target, weight, learning_rate, iterations):
    """Run gradient descent on one example and return the final weight.

    Each iteration: prediction = x * weight, error = prediction - target,
    gradient = 2 * error * x, weight = weight - learning_rate * gradient.
    Example: descend(2, 5, 0.1, 0.05, 2) should give about 1.636.
    """
    # Your code here
