# expect: instead of replacing it
def mean_squared_error(predictions, targets):
    total = 0
    for i in range(len(predictions)):
        error = predictions[i] - targets[i]
        total = error * error
    return total / len(predictions)
