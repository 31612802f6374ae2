# One training step of input -> hidden -> output, forward then backward.


def train_one_step(x, target, w1, w2, learning_rate):  # one step: forward, backward, update
    print("=== FORWARD PASS ===")  # first find out how wrong we are
    hidden = x * w1  # the hidden neuron
    print(f"Hidden: {x} × {w1} = {round(hidden, 4)}")  # show it
    output = hidden * w2  # the output neuron
    print(f"Output: {round(hidden, 4)} × {w2} = {round(output, 4)}")  # show it
    error = output - target  # how far off we are
    loss = error * error  # the squared error
    print(f"Error: {round(output, 4)} - {target} = {round(error, 4)}")  # show the error
    print(f"Loss: {round(error, 4)} × {round(error, 4)} = {round(loss, 4)}")  # show the loss

    print("=== BACKWARD PASS ===")  # walk back from the loss
    grad_output = 2 * error  # rate of error × error is 2 × error
    print(f"Slope for the output: 2 × {round(error, 4)} = {round(grad_output, 4)}")  # show it
    grad_w2 = grad_output * hidden  # w2 was multiplied by hidden
    print(f"Slope for w2: {round(grad_output, 4)} × {round(hidden, 4)} = {round(grad_w2, 4)}")  # show it
    grad_hidden = grad_output * w2  # the error flows back along w2 (the OLD w2)
    print(f"Error at hidden: {round(grad_output, 4)} × {w2} = {round(grad_hidden, 4)}")  # show it
    grad_w1 = grad_hidden * x  # w1 was multiplied by the input
    print(f"Slope for w1: {round(grad_hidden, 4)} × {x} = {round(grad_w1, 4)}")  # show it

    print("=== UPDATE ===")  # only now change the weights
    new_w2 = w2 - learning_rate * grad_w2  # a step downhill
    new_w1 = w1 - learning_rate * grad_w1  # a step downhill
    print(f"w2: {w2} - {learning_rate} × {round(grad_w2, 4)} = {round(new_w2, 4)}")  # show the update
    print(f"w1: {w1} - {learning_rate} × {round(grad_w1, 4)} = {round(new_w1, 4)}")  # show the update
    return new_w1, new_w2, loss  # the new weights, and the loss we had


train_one_step(2, 1, 0.5, 0.8, 0.1)  # the lesson's numbers
