# expect: forget the activation function
def sigmoid_neuron(x, w, b):
    return x * w + b
