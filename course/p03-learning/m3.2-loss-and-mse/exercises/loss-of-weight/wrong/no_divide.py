# expect: forget to divide
def data_loss(data, w):
    total = 0
    for x, target in data:
        total = total + (x * w - target) * (x * w - target)
    return total


def best_of(data, weights):
    best = weights[0]
    for w in weights:
        if data_loss(data, w) < data_loss(data, best):
            best = w
    return best
