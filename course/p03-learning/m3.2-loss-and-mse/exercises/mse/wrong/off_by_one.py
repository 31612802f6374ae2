# expect: Positions start at 0
def mean_squared_error(predictions, targets):
    total = 0
    for i in range(1, len(predictions)):
        error = predictions[i] - targets[i]
        total = total + error * error
    return total / len(predictions)
