# expect: You returned the first layer's outputs
def forward(inputs, layers):
    current = inputs
    for k in range(len(layers)):
        weights_list, biases = layers[k]
        outputs = []
        for i in range(len(weights_list)):
            total = 0
            for j in range(len(current)):
                total = total + current[j] * weights_list[i][j]
            total = total + biases[i]
            if k < len(layers) - 1:
                total = max(0, total)
            outputs.append(total)
        return outputs
