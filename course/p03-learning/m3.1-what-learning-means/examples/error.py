# How far is a neuron's output from the target?

inputs = [2, 3]  # the two inputs of the neuron
weights = [0.1, 0.1]  # one weight for each input
bias = 0  # the bias is added at the end
target = 0.8  # the answer we want the neuron to give

total = 0  # the running sum starts at 0
for i in range(len(inputs)):  # i is 0, then 1: one turn for each input
    product = inputs[i] * weights[i]  # this input times its weight
    total = total + product  # add it to the running sum
    print(f"Input {inputs[i]} × weight {weights[i]} = {round(product, 4)}")  # show this step

output = total + bias  # add the bias: this is the neuron's output
print(f"Output: {round(total, 4)} + bias {bias} = {round(output, 4)}")  # show the output

error = output - target  # error = output − target
print(f"Error: {round(output, 4)} − {target} = {round(error, 4)}")  # show the error

if error < 0:  # a negative error: the output is below the target
    print("Too low! Make the output bigger.")  # say which way to go
elif error > 0:  # a positive error: the output is above the target
    print("Too high! Make the output smaller.")  # say which way to go
else:  # the error is exactly 0
    print("Just right!")  # nothing to change
