# Learning by guessing: try many weights and keep the one with the smallest error.

x = 2  # the input
target = 5  # the output we want for this input
guesses = [0.5, 1, 1.5, 2, 2.5, 3, 3.5]  # the weights we will try, one by one

best_weight = guesses[0]  # start by saying the first guess is the best so far
best_size = abs(x * best_weight - target)  # how far off the first guess is, with no minus sign

for w in guesses:  # try each weight in the list
    output = x * w  # the neuron's output (the bias is 0 here)
    error = output - target  # output − target
    print(f"weight {w}: output {output}, error {error}")  # show this try
    if abs(error) < best_size:  # is this one closer to the target than the best so far?
        best_weight = w  # yes: remember this weight
        best_size = abs(error)  # and how far off it is

print(f"Best weight: {best_weight}, off by {best_size}")  # the winner
