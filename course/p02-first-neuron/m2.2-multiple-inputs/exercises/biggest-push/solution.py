def products(inputs, weights):
    """Return a list with each input times the weight at the same position."""
    result = []  # an empty list to fill
    for i in range(len(inputs)):  # visit every position
        result.append(inputs[i] * weights[i])  # put this product at the end of the list
    return result


def biggest_push(inputs, weights):
    """Return the position of the biggest product (the first one if two tie)."""
    p = products(inputs, weights)  # all the products, in order
    best = 0  # the best position so far: start with the first one
    for i in range(len(p)):  # look at every position
        if p[i] > p[best]:  # strictly bigger, so a tie keeps the first one
            best = i  # remember this position instead
    return best
