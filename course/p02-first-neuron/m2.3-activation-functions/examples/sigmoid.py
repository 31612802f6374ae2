# Sigmoid, step by step: it squashes any number into the space between 0 and 1.
import math  # math is a toolbox that comes with Python; it knows e


def sigmoid(x):  # one number in, a number between 0 and 1 out
    print(f"Input: {x}")  # show the number we start with
    flipped = -x  # step 1: flip the sign
    print(f"Step 1, flip the sign: {flipped}")  # show step 1
    e_power = math.exp(flipped)  # step 2: math.exp(n) is e to the power n
    print(f"Step 2, e to the power {flipped}: {round(e_power, 4)}")  # round to 4 decimals
    bottom = 1 + e_power  # step 3: add 1
    print(f"Step 3, add 1: {round(bottom, 4)}")  # show step 3
    result = 1 / bottom  # step 4: divide 1 by that
    print(f"Step 4, 1 divided by that: {round(result, 4)}")  # show step 4
    return result  # hand the answer back


sigmoid(2)  # a positive input: the answer is close to 1
print()  # an empty line, to keep things tidy
sigmoid(0)  # zero: the answer is exactly one half
print()  # another empty line
sigmoid(-3)  # a negative input: the answer is close to 0
