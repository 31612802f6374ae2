def line_neuron(x1, x2, w1, w2, b):
    """Return 1 if x1 × w1 + x2 × w2 + b is above zero, else 0.

    This is one neuron with two inputs. Its answer tells you which side of its line the
    point (x1, x2) is on.
    """
    # Your code here
