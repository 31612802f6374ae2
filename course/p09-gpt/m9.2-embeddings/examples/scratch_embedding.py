# The platform's own embedding layer (fromzero.scratch): a table, a lookup, and its learning.
import numpy as np  # arrays of numbers

from fromzero.scratch import nn  # the layers built from scratch for this course

nn.init.manual_seed(0)  # the same random starting table every run

emb = nn.Embedding(5, 3)  # 5 tokens, 3 numbers each: a 5 by 3 table of random numbers
print("table shape:", emb.weight.shape)  # (5, 3): V rows, C columns

ids = np.array([[1, 3, 1]])  # one text of 3 tokens: ids 1, 3, 1 (shape: 1 text, 3 places)
out = emb(ids)  # look up each id's row
print("output shape:", out.shape)  # (1, 3, 3): 1 text, 3 places, 3 numbers each
print("place 0 equals row 1:", bool(np.array_equal(out.data[0, 0], emb.weight.data[1])))

loss = out.sum()  # a made-up loss: just add up every number we looked up
loss.backward()  # work out the slope of the loss for every number in the table
print("slope of the loss for each row of the table:")
for row_id in range(5):  # every row of the table
    print("  row", row_id, ":", emb.weight.grad[row_id])  # rows 0, 2, 4 were not used: all 0
print("ids 1 and 3 were in the text, so only rows 1 and 3 get a nudge.")
print("id 1 came twice, so its slope is twice as big.")
