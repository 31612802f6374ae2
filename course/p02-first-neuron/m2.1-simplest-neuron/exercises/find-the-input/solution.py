def find_bias(x, w, output):
    """Return the bias b that makes x * w + b equal to output."""
    product = x * w  # what the neuron has before the bias is added
    return output - product  # the bias fills the gap up to the output


def find_input(output, w, b):
    """Return the input x that makes x * w + b equal to output (w is not zero)."""
    product = output - b  # undo step 2: take the bias away
    return product / w  # undo step 1: divide by the weight
