# A neuron with many inputs: multiply each input by its weight, add it all up, add the bias.


def neuron_multi(inputs, weights, bias):  # two lists and one number go in
    weighted_sum = 0  # the running sum starts at zero
    for i in range(len(inputs)):  # i is each position in turn: 0, 1, 2, ...
        product = inputs[i] * weights[i]  # an input times its own weight
        print(f"Input {inputs[i]} × weight {weights[i]} = {product}")  # show it
        weighted_sum = weighted_sum + product  # add it to the running sum
        print(f"Running sum: {weighted_sum}")  # show the sum so far
    output = weighted_sum + bias  # last of all, add the bias once
    print(f"Add the bias: {weighted_sum} + {bias} = {output}")  # show it
    return output  # hand the answer back


apples_pencils_juice = [3, 7, 2]  # how many of each thing we buy
prices = [0.5, 0.3, 0.8]  # the price of one of each: these are the weights
bag_fee = 1  # the fee we pay once: this is the bias
total = neuron_multi(apples_pencils_juice, prices, bag_fee)  # run the neuron
print(f"Output: {total}")  # the answer it handed back
