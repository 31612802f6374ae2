# The same neuron with numpy, a library that does the loop for us.
import numpy as np  # numpy is a popular library for lists of numbers

inputs = np.array([3, 7, 2])  # a numpy list (called an array)
weights = np.array([0.5, 0.3, 0.8])  # one weight per input
bias = 1  # added once at the end

products = inputs * weights  # numpy multiplies position by position
print("Products:", products)  # the three products, all at once
weighted_sum = products.sum()  # add up everything in the array
print("Weighted sum:", round(weighted_sum, 4))  # rounded to hide tiny computer errors
print("Output:", round(weighted_sum + bias, 4))  # add the bias, as always
print("With np.dot:", round(np.dot(inputs, weights) + bias, 4))  # multiply and add in one go
