def count_right(w1, w2, b, wants):
    """Return how many of the 4 corners the neuron (w1, w2, b) gets right."""
    corners = [(0, 0), (0, 1), (1, 0), (1, 1)]  # the four corners, in order
    right = 0  # the running count starts at zero
    for i in range(len(corners)):  # visit every corner
        x1, x2 = corners[i]  # its two inputs
        total = x1 * w1 + x2 * w2 + b  # the neuron's sum
        says = 1 if total > 0 else 0  # which side of the line
        if says == wants[i]:  # the answer this corner wants
            right = right + 1  # one more right
    return right  # after the loop: the count
