# The complete neuron: weighted sum, plus the bias, then an activation function.
import math  # for math.exp, e to a power


def sigmoid(x):  # from lesson 2.3
    return 1 / (1 + math.exp(-x))  # squash into 0 to 1


def relu(x):  # from lesson 2.3
    if x > 0:  # bigger than zero: keep it
        return x  # hand it back as it is
    return 0  # zero or negative: make it 0


def complete_neuron(inputs, weights, bias, activation):  # activation is a name
    total = 0  # the running sum starts at zero
    for i in range(len(inputs)):  # visit every position
        product = inputs[i] * weights[i]  # an input times its own weight
        total = total + product  # add it to the running sum
        print(f"Input {inputs[i]} × weight {weights[i]} = {round(product, 4)}")  # show it
    print(f"Weighted sum: {round(total, 4)}")  # all the products added up
    total = total + bias  # add the bias, once
    print(f"Plus bias {bias}: {round(total, 4)}")  # show the total
    if activation == "sigmoid":  # pick the activation by its name
        output = sigmoid(total)  # squash the whole total
    else:
        output = relu(total)  # any other name: use ReLU
    print(f"{activation} of {round(total, 4)} = {round(output, 4)}")  # the last step
    return output  # hand the answer back


complete_neuron([2, 5], [0.4, 0.6], 0.5, "sigmoid")  # the worked example
print()  # an empty line between the two runs
complete_neuron([2, 5], [0.4, 0.6], 0.5, "relu")  # same numbers, with ReLU
