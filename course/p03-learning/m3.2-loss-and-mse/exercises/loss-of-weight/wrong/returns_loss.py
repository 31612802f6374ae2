# expect: Return the weight that gives it
def data_loss(data, w):
    total = 0
    for x, target in data:
        total = total + (x * w - target) * (x * w - target)
    return total / len(data)


def best_of(data, weights):
    best_loss = data_loss(data, weights[0])
    for w in weights:
        if data_loss(data, w) < best_loss:
            best_loss = data_loss(data, w)
    return best_loss
