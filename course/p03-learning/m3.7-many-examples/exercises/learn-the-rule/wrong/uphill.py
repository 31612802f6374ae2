# expect: NaN or infinity
def fit(data):
    weight = 0
    bias = 0
    for epoch in range(2000):
        for x, target in data:
            error = x * weight + bias - target
            weight = weight + 0.01 * 2 * error * x
            bias = bias + 0.01 * 2 * error
    return [weight, bias]
