# expect: forget to divide by the number of examples
def mean_squared_error(predictions, targets):
    total = 0
    for i in range(len(predictions)):
        error = predictions[i] - targets[i]
        total = total + error * error
    return total
