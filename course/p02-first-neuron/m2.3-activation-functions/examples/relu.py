# ReLU: keep a number bigger than zero, turn anything else into zero.


def relu(x):  # one number in, one number out
    if x > 0:  # is the input bigger than zero?
        print(f"{x} is bigger than zero, so keep it: {x}")  # yes: show that we keep it
        return x  # hand back the input as it is
    else:  # zero or a negative number
        print(f"{x} is not bigger than zero, so the output is 0")  # show why
        return 0  # hand back zero


relu(5)  # a positive number stays the same
relu(-3)  # a negative number becomes 0
relu(0)  # zero stays zero
