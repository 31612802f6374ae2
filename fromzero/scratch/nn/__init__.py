"""Layers and losses for fromzero.scratch, shaped like torch.nn."""

from fromzero.scratch.nn import init
from fromzero.scratch.nn.attention import CausalSelfAttention, FeedForward, TransformerBlock
from fromzero.scratch.nn.conv import Conv2d, MaxPool2d
from fromzero.scratch.nn.module import (
    GELU,
    CrossEntropyLoss,
    Dropout,
    Embedding,
    Flatten,
    Linear,
    Module,
    MSELoss,
    Parameter,
    ReLU,
    Sequential,
    Sigmoid,
    Softmax,
    Tanh,
)
from fromzero.scratch.nn.norm import LayerNorm, RMSNorm
from fromzero.scratch.nn.recurrent import LSTM, RNN

__all__ = [
    "GELU", "LSTM", "RNN", "CausalSelfAttention", "Conv2d", "CrossEntropyLoss", "Dropout",
    "Embedding", "FeedForward", "Flatten", "LayerNorm", "Linear", "MSELoss", "MaxPool2d",
    "Module", "Parameter", "RMSNorm", "ReLU", "Sequential", "Sigmoid", "Softmax", "Tanh",
    "TransformerBlock", "init",
]
