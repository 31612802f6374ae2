# expect: The target is the plain label
def prepare(image, label):
    inputs = []
    for row in image:
        for pixel in row:
            inputs.append(pixel / 255)
    return inputs, label
