# expect: still a grid of rows
def prepare(image, label):
    inputs = []
    for row in image:
        inputs.append([pixel / 255 for pixel in row])
    target = [0] * 10
    target[label] = 1
    return inputs, target
