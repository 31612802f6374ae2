# Two hidden neurons and one output neuron solve XOR.


def relu(x):  # from lesson 2.3
    if x > 0:  # bigger than zero: keep it
        return x  # hand it back as it is
    return 0  # zero or negative: make it 0


def xor_net(x1, x2):  # two inputs, each 0 or 1
    a = relu(x1 * 1 + x2 * 1 + 0)  # hidden neuron A counts the ones
    b = relu(x1 * 1 + x2 * 1 - 1)  # hidden neuron B is 1 only if both are 1
    out = a * 1 + b * -2 + 0  # the output neuron: A minus two times B
    print(f"({x1}, {x2}): A = {a}, B = {b}, output = {a} - 2 × {b} = {out}")  # every number
    return out  # hand the answer back


for x1, x2 in [(0, 0), (0, 1), (1, 0), (1, 1)]:  # all four corners
    xor_net(x1, x2)  # prints 0, 1, 1, 0 as the outputs
