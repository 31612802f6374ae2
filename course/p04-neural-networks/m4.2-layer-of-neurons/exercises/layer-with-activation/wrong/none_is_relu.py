# expect: For "none", keep each answer as it is
import math


def dense_layer(inputs, weights_list, biases, activation):
    outputs = []
    for i in range(len(weights_list)):
        total = 0
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j]
        total = total + biases[i]
        if activation == "sigmoid":
            total = 1 / (1 + math.exp(-total))
        else:
            total = max(0, total)
        outputs.append(total)
    return outputs
