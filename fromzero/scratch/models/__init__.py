"""Ready-made models built from fromzero.scratch.nn: MLP, CNN, character LMs, GPT."""

from fromzero.scratch.models.char_lm import CharLM
from fromzero.scratch.models.cnn import MnistCNN
from fromzero.scratch.models.gpt import GPT, GPTConfig
from fromzero.scratch.models.mlp import MLP

__all__ = ["GPT", "MLP", "CharLM", "GPTConfig", "MnistCNN"]
