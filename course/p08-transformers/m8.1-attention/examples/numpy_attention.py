# The same attention with numpy: a few lines instead of loops.
import numpy as np  # numpy does whole lists of numbers in one go


def softmax(x):
    """Softmax of a 1-D array: e to the power of each, divided by the total."""
    e = np.exp(x - x.max())  # take the biggest away first, so nothing gets too big
    return e / e.sum()  # each power's share of the total


V = np.array([[0.5, 0.8, 0.2],  # cat: one vector per row
              [0.3, 0.4, 0.9],  # sat
              [0.7, 0.2, 0.5]])  # mat
q = V[1]  # the word we look from: sat

scores = V @ q  # step 1: every row's dot product with q, all at once
w = softmax(scores)  # step 2: the attention weights
out = w @ V  # step 3: the weighted average of the rows
print("scores :", np.round(scores, 4))
print("weights:", np.round(w, 4))
print("output :", np.round(out, 4))

# Every word at once: the scores of all pairs are V times V turned on its side.
S = V @ V.T  # S[i, j] = dot product of word i with word j
E = np.exp(S - S.max(axis=1, keepdims=True))  # e to the power, row by row
W = E / E.sum(axis=1, keepdims=True)  # each row divided by its own total
print("weight grid (rows add up to 1):")
print(np.round(W, 4))
print("outputs, one row per word:")
print(np.round(W @ V, 4))  # every word's output vector at once
