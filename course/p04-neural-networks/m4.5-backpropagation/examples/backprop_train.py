# Training: the same backprop step, again and again. Watch the loss go down.


def step(x, target, w1, w2, learning_rate):  # one step, no printing
    hidden = x * w1  # forward
    output = hidden * w2  # the output neuron
    error = output - target  # how far off
    grad_output = 2 * error  # backward
    grad_w2 = grad_output * hidden  # w2 was multiplied by hidden
    grad_w1 = grad_output * w2 * x  # uses the old w2
    w1 = w1 - learning_rate * grad_w1  # update both, after all slopes are known
    w2 = w2 - learning_rate * grad_w2  # a step downhill for w2
    return w1, w2, error * error  # new weights and the loss before the step


w1, w2 = 0.5, 0.8  # starting weights
for k in range(1, 9):  # eight training steps
    w1, w2, loss = step(2, 1, w1, w2, 0.05)  # input 2, target 1, learning rate 0.05
    print(f"Step {k}: loss {loss:.6f}, now w1 = {w1:.4f}, w2 = {w2:.4f}")  # the loss shrinks
print(f"Prediction now: {2 * w1 * w2:.4f} (target 1)")  # very close to the target
