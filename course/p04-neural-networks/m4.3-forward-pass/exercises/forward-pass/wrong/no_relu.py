# expect: The hidden layers need ReLU
def forward(inputs, layers):
    current = inputs
    for weights_list, biases in layers:
        outputs = []
        for i in range(len(weights_list)):
            total = 0
            for j in range(len(current)):
                total = total + current[j] * weights_list[i][j]
            outputs.append(total + biases[i])
        current = outputs
    return current
