# expect: You went down the columns
def prepare(image, label):
    inputs = []
    for c in range(len(image[0])):
        for r in range(len(image)):
            inputs.append(image[r][c] / 255)
    target = [0] * 10
    target[label] = 1
    return inputs, target
