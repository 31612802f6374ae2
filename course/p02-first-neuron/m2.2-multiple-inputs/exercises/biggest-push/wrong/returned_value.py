# expect: Return its position instead
def products(inputs, weights):
    result = []
    for i in range(len(inputs)):
        result.append(inputs[i] * weights[i])
    return result


def biggest_push(inputs, weights):
    return max(products(inputs, weights))
