# expect: Python counts positions from 0
def products(inputs, weights):
    result = []
    for i in range(len(inputs)):
        result.append(inputs[i] * weights[i])
    return result


def biggest_push(inputs, weights):
    p = products(inputs, weights)
    best = 0
    for i in range(len(p)):
        if p[i] > p[best]:
            best = i
    return best + 1
