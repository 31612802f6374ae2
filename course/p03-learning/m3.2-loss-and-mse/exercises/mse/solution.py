def mean_squared_error(predictions, targets):
    """Return the mean of the squared errors."""
    total = 0  # the running total starts at 0
    for i in range(len(predictions)):  # one turn for each example
        error = predictions[i] - targets[i]  # this example's error
        total = total + error * error  # add its square to the total
    return total / len(predictions)  # after the loop: divide by how many
