# The mean squared error: square each error, add them up, divide by how many.


def mean_squared_error(predictions, targets):  # two lists of the same length
    total = 0  # the running total of the squares starts at 0
    for i in range(len(predictions)):  # one turn for each example
        error = predictions[i] - targets[i]  # this example's error
        square = error * error  # its squared error
        total = total + square  # add it to the running total
        print(f"Example {i + 1}: error {round(error, 4)}, squared {round(square, 4)}")  # show it
    mse = total / len(predictions)  # after the loop: divide by how many examples
    print(f"Total {round(total, 4)} ÷ {len(predictions)} = {round(mse, 4)}")  # show the division
    return mse  # hand the mean back


mean_squared_error([0.5, 0.7, 0.8], [0.8, 0.8, 0.8])  # the lesson's three guesses
