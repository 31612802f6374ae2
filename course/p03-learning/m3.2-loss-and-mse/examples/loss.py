# The squared error of one guess, with every step printed.


def squared_error(prediction, target):  # a function with two numbers in
    error = prediction - target  # step 1: the error is prediction − target
    print(f"Error: {prediction} − {target} = {round(error, 4)}")  # show step 1
    loss = error * error  # step 2: multiply the error by itself
    print(f"Loss: {round(error, 4)} × {round(error, 4)} = {round(loss, 4)}")  # show step 2
    return loss  # hand the loss back


squared_error(0.5, 0.8)  # off by 0.3: too low
squared_error(0.7, 0.8)  # off by 0.1: much closer
squared_error(0.8, 0.8)  # spot on: the loss is 0
squared_error(1.1, 0.8)  # off by 0.3, too high: same loss as the first one
