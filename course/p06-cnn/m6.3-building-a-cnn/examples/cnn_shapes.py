# Walk the course's digit CNN layer by layer: the shape after each layer, and its weights.
size = 28  # the image is 28 by 28 pixels
channels = 1  # one number per pixel: a grey image
k = 3  # every filter is 3 by 3
total = 0  # weights and biases, added up as we go

print("input:", size, "x", size, "x", channels)  # the picture we start with
for filters in [8, 16]:  # two conv layers: 8 filters, then 16
    params = filters * (k * k * channels) + filters  # weights of all filters, plus one bias each
    total = total + params  # keep a running total
    size = size - k + 1  # a 3 by 3 filter loses 2 from each side length
    channels = filters  # one feature map per filter
    print("conv + ReLU:", size, "x", size, "x", channels, "| weights + biases:", params)
    size = size // 2  # 2 by 2 max pooling halves the side, rounding down
    print("max pool:   ", size, "x", size, "x", channels, "| no weights")

flat = size * size * channels  # flatten: every number in one long list
print("flatten:", flat)  # 5 x 5 x 16 numbers
width = flat  # how many numbers go into the next layer
for units in [64, 10]:  # a dense layer of 64 neurons, then 10 scores
    params = width * units + units  # one weight per input per neuron, plus one bias each
    total = total + params  # add this layer
    print("dense:", width, "->", units, "| weights + biases:", params)
    width = units  # the next layer reads these
print("CNN total:", total)  # the whole network

mlp_total = 0  # Part 5's plain network: 784 -> 128 -> 64 -> 10
sizes = [784, 128, 64, 10]  # every layer is dense
for i in range(1, len(sizes)):  # each layer after the inputs
    mlp_total = mlp_total + sizes[i - 1] * sizes[i] + sizes[i]  # weights plus biases
print("plain network total:", mlp_total)  # far more
print("the plain network has", round(mlp_total / total, 1), "times as many")  # the ratio
