# expect: Return the whole curve
def train(data, weight, learning_rate, epochs):
    mean = 0
    for epoch in range(epochs):
        total = 0
        for x, target in data:
            error = x * weight - target
            total = total + error * error
            weight = weight - learning_rate * 2 * error * x
        mean = total / len(data)
    return mean
