# expect: Only the last example counted
def data_loss(data, w):
    total = 0
    for x, target in data:
        total = (x * w - target) * (x * w - target)
    return total / len(data)


def best_of(data, weights):
    best = weights[0]
    for w in weights:
        if data_loss(data, w) < data_loss(data, best):
            best = w
    return best
