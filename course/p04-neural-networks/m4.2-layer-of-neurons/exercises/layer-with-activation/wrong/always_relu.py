# expect: You always used ReLU
def dense_layer(inputs, weights_list, biases, activation):
    outputs = []
    for i in range(len(weights_list)):
        total = 0
        for j in range(len(inputs)):
            total = total + inputs[j] * weights_list[i][j]
        total = total + biases[i]
        outputs.append(max(0, total))
    return outputs
