# expect: the neuron forgets
def train(data, weight, learning_rate, epochs):
    curve = []
    start = weight
    for epoch in range(epochs):
        weight = start
        total = 0
        for x, target in data:
            error = x * weight - target
            total = total + error * error
            weight = weight - learning_rate * 2 * error * x
        curve.append(total / len(data))
    return curve
