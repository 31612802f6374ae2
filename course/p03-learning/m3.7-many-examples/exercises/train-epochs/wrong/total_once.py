# expect: The losses pile up from epoch to epoch
def train(data, weight, learning_rate, epochs):
    curve = []
    total = 0
    for epoch in range(epochs):
        for x, target in data:
            error = x * weight - target
            total = total + error * error
            weight = weight - learning_rate * 2 * error * x
        curve.append(total / len(data))
    return curve
