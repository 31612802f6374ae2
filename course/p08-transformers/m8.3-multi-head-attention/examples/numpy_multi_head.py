# Multi-head attention with numpy: one big matrix per kind, cut into heads by reshaping.
# Then the platform's own layer, fromzero.scratch.nn.CausalSelfAttention, with n_head heads.
import numpy as np  # arrays and matrix multiplication (@)

from fromzero.scratch.nn import CausalSelfAttention  # the real layer inside the platform's GPT
from fromzero.scratch.tensor import Tensor  # the platform's array that keeps track of slopes

rng = np.random.default_rng(0)  # a seeded random maker: the same numbers every run
T, C, H = 3, 8, 2  # 3 tokens, a width of 8, 2 heads
D = C // H  # the head size: 8 ÷ 2 = 4
x = rng.normal(size=(T, C))  # 3 made-up embeddings of 8 numbers, shape (T, C)
W_q = rng.normal(scale=0.5, size=(C, C))  # all heads' query matrices, one row per query number
W_k = rng.normal(scale=0.5, size=(C, C))  # the same for keys
W_v = rng.normal(scale=0.5, size=(C, C))  # and for values

# Tokens are rows of x, so W_q times each embedding is x @ W_q.T (as in m8.2).
q = (x @ W_q.T).reshape(T, H, D).transpose(1, 0, 2)  # cut each query into heads: (H, T, D)
k = (x @ W_k.T).reshape(T, H, D).transpose(1, 0, 2)  # the same for keys: (H, T, D)
v = (x @ W_v.T).reshape(T, H, D).transpose(1, 0, 2)  # and values: (H, T, D)
print("queries, cut into heads:", q.shape)  # (2, 3, 4)

scores = q @ k.transpose(0, 2, 1) / np.sqrt(D)  # every head at once: (H, T, T)
weights = np.exp(scores)  # softmax, step 1: e to each score
weights = weights / weights.sum(axis=-1, keepdims=True)  # step 2: each row adds up to 1
print("weight tables:", weights.shape)  # one T × T table per head
print("head 1, row 1:", weights[0, 0].round(4).tolist())  # how token 1 spreads its attention in head 1
print("head 2, row 1:", weights[1, 0].round(4).tolist())  # the same token, a different way to look

out = weights @ v  # each head's outputs: (H, T, D)
glued = out.transpose(1, 0, 2).reshape(T, C)  # heads end to end again: (T, C)
print("glued outputs:", glued.shape)  # 3 tokens, 8 numbers each

# The same check by hand: token 1's glued list is head 1's output, then head 2's.
by_hand = np.concatenate([out[0, 0], out[1, 0]])  # glue two lists of 4
print("same as gluing by hand:", np.allclose(glued[0], by_hand))

# The real layer: W_q, W_k, W_v and W_o (called proj) with biases, and a causal mask.
layer = CausalSelfAttention(n_embd=C, n_head=H)  # a width of 8, 2 heads of 4
y = layer(Tensor(x[None]))  # a batch of one sequence: (B, T, C) = (1, 3, 8)
print("output shape:", y.shape)  # (1, 3, 8): the same shape as the input
print("its weight tables:", layer.attention_weights.shape)  # (B, H, T, T) = (1, 2, 3, 3)
print("token 1 may only look at itself:", layer.attention_weights[0, 0, 0].round(4).tolist())
count = sum(p.data.size for p in layer.parameters())  # every number the layer learns
print("numbers it learns:", count, "= 4 × 8 × 8 + 4 × 8")
