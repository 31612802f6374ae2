# Gradient descent on one example: the neuron finds its own weight.

input_value = 2  # the input
target = 5  # the output we want
weight = 0.1  # a poor first guess
bias = 0  # we keep the bias at 0 here
learning_rate = 0.05  # how big our steps are

for iteration in range(1, 21):  # 20 iterations: 1, 2, ..., 20
    prediction = input_value * weight + bias  # 1. predict
    error = prediction - target  # 2. the error...
    loss = error * error  # ...and the loss
    gradient = 2 * error * input_value  # 3. the gradient: 2 × error × input
    step = learning_rate * gradient  # 4. the size of the step
    weight = weight - step  # 5. step downhill: take the step away
    print(f"Iteration {iteration}: loss {loss:.6f}, new weight {round(weight, 4)}")  # show the numbers (loss to 6 decimals)

print(f"Learned weight: {round(weight, 4)} (the perfect weight is 2.5)")  # the result
print(f"Prediction now: {round(input_value * weight + bias, 4)} (the target is 5)")  # check it
