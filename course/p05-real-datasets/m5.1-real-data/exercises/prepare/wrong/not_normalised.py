# expect: still go up to 255
def prepare(image, label):
    inputs = []
    for row in image:
        for pixel in row:
            inputs.append(pixel)
    target = [0] * 10
    target[label] = 1
    return inputs, target
