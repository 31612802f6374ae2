# The same self-attention with numpy, and the course's own CausalSelfAttention layer.
import numpy as np  # fast grids of numbers

from fromzero.scratch import Tensor  # the course's own autograd tensor
from fromzero.scratch.nn import CausalSelfAttention  # the real layer from the scratch library
from fromzero.scratch.nn.init import manual_seed  # fixes the random starting weights

X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])  # three embeddings, one per row: (T, C) = (3, 2)
W_q = np.array([[1.0, 1.0], [0.0, 1.0]])  # the lesson's matrices: (2, 2)
W_k = np.array([[1.0, 0.0], [1.0, 1.0]])
W_v = np.array([[2.0, 0.0], [0.0, 1.0]])

Q = X @ W_q.T  # every query at once: (3, 2); .T because each word is a row here
K = X @ W_k.T  # every key: (3, 2)
V = X @ W_v.T  # every value: (3, 2)
T, d = K.shape  # 3 words, keys of 2 numbers

att = (Q @ K.T) / np.sqrt(d)  # the scaled score table: (3, 3)
att[np.triu_indices(T, 1)] = -np.inf  # above the diagonal: minus infinity
w = np.exp(att) / np.exp(att).sum(axis=1, keepdims=True)  # softmax of each row: (3, 3)
out = w @ V  # each row's weighted sum of the values: (3, 2)
print("weights:\n", np.round(w, 4))  # zeros above the diagonal
print("outputs:\n", np.round(out, 4))  # the same numbers as the lesson

manual_seed(0)  # the same random weights every run
layer = CausalSelfAttention(n_embd=4, n_head=1)  # a real layer: random weights, 4 numbers a word
x = Tensor(np.random.default_rng(0).normal(size=(1, 5, 4)))  # 1 sequence, 5 words, 4 numbers each
y = layer(x)  # run it: (B, T, C) = (1, 5, 4)
print("output shape:", y.shape)  # one output per word
print("its weights:\n", np.round(layer.attention_weights[0, 0], 2))  # (T, T): zeros above the diagonal
print("each row adds up to:", np.round(layer.attention_weights[0, 0].sum(axis=1), 4))  # all 1
