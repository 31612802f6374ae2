# expect: One epoch is missing
def train(data, weight, learning_rate, epochs):
    curve = []
    for epoch in range(1, epochs):
        total = 0
        for x, target in data:
            error = x * weight - target
            total = total + error * error
            weight = weight - learning_rate * 2 * error * x
        curve.append(total / len(data))
    return curve
