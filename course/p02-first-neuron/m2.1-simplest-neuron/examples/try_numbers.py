# The same neuron, tried on several inputs. The weight and bias stay the same.


def neuron(x, w, b):  # the same neuron, without the printing
    return x * w + b  # multiply by the weight, then add the bias


print("input -> output")  # a heading for our little table
print(0, "->", neuron(0, 0.5, 1))  # no chores: only the bias comes out
print(1, "->", neuron(1, 0.5, 1))  # one chore adds one weight
print(2, "->", neuron(2, 0.5, 1))  # each extra chore adds 0.5 more
print(5, "->", neuron(5, 0.5, 1))  # our worked example
print(10, "->", neuron(10, 0.5, 1))  # the biggest input on the slider
print("weight -1:", neuron(10, -1, 1))  # a negative weight pulls the output down
