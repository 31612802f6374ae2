# expect: You added the bias after the activation
import math


def dense_layer(inputs, weights_list, biases, activation):
    outputs = []
    for i in range(len(weights_list)):
        total = 0
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j]
        if activation == "relu":
            total = max(0, total)
        elif activation == "sigmoid":
            total = 1 / (1 + math.exp(-total))
        outputs.append(total + biases[i])
    return outputs
