# expect: You squared the mean error
def mean_squared_error(predictions, targets):
    total = 0
    for i in range(len(predictions)):
        total = total + predictions[i] - targets[i]
    mean = total / len(predictions)
    return mean * mean
