"""fromzero.scratch: the from-scratch ML library the course builds, numpy only.

Reading order: value.py (one number) and value_nn.py (a network of numbers) -> tensor.py and
tensor_functions.py (arrays) -> functional.py (fused ops) -> nn/ (layers) -> optim.py ->
data.py -> models/ (mlp, cnn, char_lm, gpt, llama) -> tokenizers/ (char, word, bpe,
regex_bpe, gguf_bpe) -> sampling.py -> compress.py; checkpoint.py saves and loads, speed.py
holds two process-wide speed settings. The API is shaped like PyTorch so what you learn here
carries over.

Shape glossary, used in every comment: B batch, T time (sequence position), C channels or
features, V vocabulary, H heads.

The only optional extras: models/llama_gguf.py reads GGUF files with PyPI `gguf`.
"""

from fromzero.scratch.tensor import Tensor, concat, no_grad, stack, tensor
from fromzero.scratch.value import Value

__all__ = ["Tensor", "Value", "concat", "no_grad", "stack", "tensor"]
