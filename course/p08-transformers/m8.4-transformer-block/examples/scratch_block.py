# The platform's own LayerNorm and TransformerBlock (fromzero.scratch), on tiny inputs.
import numpy as np  # arrays of numbers

from fromzero.scratch import nn  # the layers built from scratch for this course
from fromzero.scratch.tensor import Tensor  # numbers that remember how they were made

nn.init.manual_seed(0)  # the same random starting weights every run

norm = nn.LayerNorm(3)  # a layer norm for vectors of 3 numbers (γ starts at 1, β at 0)
x = Tensor(np.array([[2.0, 4.0, 6.0]], dtype=np.float32))  # one token: the lesson's numbers
print("layer norm of [2, 4, 6]:", np.round(norm(x).data, 4))  # about −1.2247, 0, 1.2247

block = nn.TransformerBlock(n_embd=128, n_head=4)  # pre-norm, like GPT-2
count = sum(p.data.size for p in block.parameters())  # add up every weight, bias, γ and β
print("numbers in one block with d = 128:", count)  # the lesson worked out 198272

tokens = Tensor(np.random.default_rng(0).normal(size=(1, 3, 128)).astype(np.float32))
out = block(tokens)  # 1 sentence, 3 tokens, 128 numbers each
print("shape in:", tokens.shape, " shape out:", out.shape)  # a block keeps the shape

for layer in (block.attn.proj, block.mlp.proj):  # the last layer of each sub-layer
    layer.weight.data[...] = 0  # make it give out only zeros ...
    layer.bias.data[...] = 0  # ... with no bias either
out = block(tokens)  # now attention and feed-forward add nothing
print("with both sub-layers silent, output = input:", bool(np.allclose(out.data, tokens.data)))
