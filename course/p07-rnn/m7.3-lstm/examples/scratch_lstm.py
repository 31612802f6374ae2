# The platform's own LSTM layer (fromzero.scratch.nn.LSTM) on a tiny batch of sequences.
import numpy as np  # arrays of numbers

from fromzero.scratch import nn  # the layers built from scratch for this course
from fromzero.scratch.tensor import Tensor  # numbers that remember how they were made

nn.init.manual_seed(0)  # the same random starting weights every run
lstm = nn.LSTM(input_size=3, hidden_size=4)  # 3 numbers in per step, 4 hidden units

x = Tensor(np.ones((2, 5, 3), dtype=np.float32))  # 2 sequences, 5 steps, 3 numbers each
outputs, (h, c) = lstm(x)  # run all 5 steps; get every h, and the last h and c
print("outputs:", outputs.shape)  # one h per sequence and step: (2, 5, 4)
print("last h:", h.shape, " last c:", c.shape)  # one per sequence: (2, 4)
print("weights times x:", lstm.weight_ih.shape)  # 4 gates × 4 units rows, 3 inputs
print("weights times h:", lstm.weight_hh.shape)  # 4 gates × 4 units rows, 4 hidden units
for name, values in lstm.gates.items():  # the gates it kept from the forward pass
    print(name, "gate at step 1, unit 1:", round(float(values[0, 0, 0]), 4))
print("the last output is the last h:", bool(np.allclose(outputs.data[:, -1], h.data)))
