# expect: It should be below 0.01
def fit(data):
    weight = 0
    bias = 0
    for epoch in range(3):
        for x, target in data:
            error = x * weight + bias - target
            weight = weight - 0.01 * 2 * error * x
            bias = bias - 0.01 * 2 * error
    return [weight, bias]
