# A neuron with one input, one weight and one bias.


def neuron(x, w, b):  # def starts a function called neuron
    # x is the input, w is the weight, b is the bias.
    product = x * w  # Step 1: multiply the input by the weight.
    print(f"Step 1: input {x} × weight {w} = {product}")  # f"..." puts the {numbers} in the text
    output = product + b  # Step 2: add the bias.
    print(f"Step 2: {product} + bias {b} = {output}")  # show step 2
    return output  # hand the answer back to whoever asked


result = neuron(5, 0.5, 1)  # 5 chores, half a coin each, one coin anyway
print(f"Final output: {result}")  # show the answer we got back
