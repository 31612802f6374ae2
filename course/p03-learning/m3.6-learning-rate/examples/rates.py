# Four learning rates on the same example: too small, good, wobbly, and far too big.
import math  # math.isfinite tells a normal number from infinity or NaN


def show(number):  # write a loss so that it is easy to read
    if number > 1000000:  # more than a million
        return "huge (over a million)"  # too long to print nicely
    return f"{number:.6f}"  # else: six decimals


x, target, start = 2, 5, 0.1  # input 2, target 5, start weight 0.1

for learning_rate in [0.01, 0.05, 0.2, 1]:  # try each learning rate in turn
    weight = start  # every run starts from the same weight
    for iteration in range(1, 401):  # up to 400 iterations
        error = x * weight - target  # prediction − target
        gradient = 2 * error * x  # the slope of the loss
        weight = weight - learning_rate * gradient  # one step
        if iteration == 10:  # after 10 iterations, show how it is going
            loss = (x * weight - target) ** 2  # the loss now
            print(f"rate {learning_rate}: after 10 iterations the loss is {show(loss)}")  # report
        if not math.isfinite(weight):  # infinity or NaN: training is broken
            print(f"rate {learning_rate}: BROKEN at iteration {iteration}, the weight is {weight}")  # say so
            break  # stop this run at once
    else:  # this runs only if the loop finished without a break
        print(f"rate {learning_rate}: after 400 iterations the weight is {round(weight, 4)}")  # report
