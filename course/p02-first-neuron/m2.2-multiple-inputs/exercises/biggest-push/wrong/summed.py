# expect: You added the products up
def products(inputs, weights):
    total = 0
    for i in range(len(inputs)):
        total = total + inputs[i] * weights[i]
    return total


def biggest_push(inputs, weights):
    p = [inputs[i] * weights[i] for i in range(len(inputs))]
    return p.index(max(p))
