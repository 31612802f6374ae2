# expect: You picked the biggest weight
def products(inputs, weights):
    result = []
    for i in range(len(inputs)):
        result.append(inputs[i] * weights[i])
    return result


def biggest_push(inputs, weights):
    best = 0
    for i in range(len(weights)):
        if weights[i] > weights[best]:
            best = i
    return best
