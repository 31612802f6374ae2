# One neuron draws one straight line. Does it get the four XOR corners right?


def line_neuron(x1, x2, w1, w2, b):  # two inputs, two weights, one bias
    total = x1 * w1 + x2 * w2 + b  # the weighted sum plus the bias
    if total > 0:  # above zero means the neuron says 1
        return 1  # the 1 side of the line
    return 0  # zero or below means it says 0


corners = [(0, 0), (0, 1), (1, 0), (1, 1)]  # the four corners of the square
xor_wants = [0, 1, 1, 0]  # what XOR wants at each corner
right = 0  # how many corners the neuron gets right
for i in range(len(corners)):  # visit every corner
    x1, x2 = corners[i]  # take its two inputs
    says = line_neuron(x1, x2, 1, 1, -0.5)  # weights 1 and 1, bias -0.5
    wants = xor_wants[i]  # the answer XOR wants here
    if says == wants:  # did the neuron get it right?
        right = right + 1  # count one more right answer
    print(f"({x1}, {x2}): neuron says {says}, XOR wants {wants}")  # show the corner
print(f"Right: {right} of 4")  # no line ever gets all 4
