def neuron(x, w, b):
    """Return the output of a neuron with one input.

    x is the input, w is the weight, b is the bias.
    Multiply x by w, then add b. Example: neuron(5, 0.5, 1) works out 5 × 0.5, then adds 1.
    """
    # Your code here


def pocket_money(chores):
    """Return the coins you have after some chores.

    You earn 0.5 coins for each chore, and you get 1 coin anyway.
    Use neuron() to work it out.
    """
    # Your code here
