def prepare(image, label):
    """Return (inputs, target): the image flattened and divided by 255, and the label one-hot."""
    inputs = []  # the network's inputs
    for row in image:  # top row first
        for pixel in row:  # left to right
            inputs.append(pixel / 255)  # normalise while we flatten
    target = [0] * 10  # ten classes, one box each
    target[label] = 1  # light up the right digit
    return inputs, target
