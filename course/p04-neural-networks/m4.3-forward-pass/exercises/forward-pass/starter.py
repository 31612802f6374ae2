def forward(inputs, layers):
    """Run inputs through the layers and return the last layer's outputs.

    layers = [[weights_list, biases], [weights_list, biases], ...]
    Every layer uses ReLU except the last one, which has no activation.
    """
    # Your code here
