# The same recurrent step with numpy: two memory numbers, all weights as a vector or a matrix.
import numpy as np  # fast lists of numbers

W_x = np.array([0.5, -1.0])  # one input weight per memory number: shape (2,)
W_h = np.array([[0.8, 0.0],  # row 1: how memory number 1 reads the old memory
                [0.5, 0.5]])  # row 2: how memory number 2 reads the old memory: shape (2, 2)
b = np.array([0.0, 0.1])  # one bias per memory number: shape (2,)

h = np.zeros(2)  # the memory starts empty: shape (2,)
for t, x in enumerate([1.0, 0.0, 0.0], start=1):  # three time steps, one input number each
    h = np.tanh(W_x * x + W_h @ h + b)  # the whole step in one line: shape (2,)
    print(f"step {t}: h = {np.round(h, 4)}")  # both memory numbers after this step
