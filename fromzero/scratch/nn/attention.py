"""Causal multi-head self-attention and the transformer block (nanoGPT's layout).

Shapes: x (B, T, C); H heads of size D = C // H.
"""

from __future__ import annotations

import numpy as np

from fromzero.scratch.nn.module import GELU, Dropout, Linear, Module
from fromzero.scratch.nn.norm import LayerNorm
from fromzero.scratch.tensor import Tensor


class CausalSelfAttention(Module):
    """Each position mixes the values of itself and earlier positions, weighted by how well
    its query matches their keys. Future positions are masked out (causal).

    After each call `self.attention_weights` holds the weights (B, H, T, T) as numpy, for the
    demos: row t says how much position t looked at each earlier position.
    """

    def __init__(self, n_embd: int, n_head: int, dropout: float = 0.0, bias: bool = True):
        if n_embd % n_head != 0:
            raise ValueError(
                f"CausalSelfAttention: n_embd={n_embd} is not divisible by n_head={n_head}; "
                "each head gets n_embd // n_head channels, so pick sizes that divide"
            )
        self.n_head = n_head
        self.query = Linear(n_embd, n_embd, bias=bias)
        self.key = Linear(n_embd, n_embd, bias=bias)
        self.value = Linear(n_embd, n_embd, bias=bias)
        self.proj = Linear(n_embd, n_embd, bias=bias)
        self.attn_dropout = Dropout(dropout)
        self.resid_dropout = Dropout(dropout)
        self.attention_weights: np.ndarray | None = None

    def forward(self, x: Tensor) -> Tensor:
        B, T, C = x.shape
        H = self.n_head
        D = C // H
        q = self.query(x).reshape(B, T, H, D).permute(0, 2, 1, 3)  # (B, H, T, D)
        k = self.key(x).reshape(B, T, H, D).permute(0, 2, 3, 1)  # (B, H, D, T)
        v = self.value(x).reshape(B, T, H, D).permute(0, 2, 1, 3)  # (B, H, T, D)
        scores = (q @ k) * (1.0 / np.sqrt(D))  # (B, H, T, T)
        future = np.triu(np.ones((T, T), dtype=bool), k=1)  # (T, T) True above the diagonal
        att = scores.masked_fill(future, -np.inf).softmax(axis=-1)  # (B, H, T, T)
        self.attention_weights = att.data
        att = self.attn_dropout(att)  # (B, H, T, T)
        y = (att @ v).permute(0, 2, 1, 3).reshape(B, T, C)  # (B, T, C) heads side by side
        return self.resid_dropout(self.proj(y))  # (B, T, C)


class FeedForward(Module):
    """Per position: widen to 4C, GELU, narrow back to C."""

    def __init__(self, n_embd: int, dropout: float = 0.0, bias: bool = True) -> None:
        self.fc = Linear(n_embd, 4 * n_embd, bias=bias)
        self.act = GELU()
        self.proj = Linear(4 * n_embd, n_embd, bias=bias)
        self.dropout = Dropout(dropout)

    def forward(self, x: Tensor) -> Tensor:
        return self.dropout(self.proj(self.act(self.fc(x))))  # (B, T, C)


class TransformerBlock(Module):
    """x + attention(norm(x)), then x + feedforward(norm(x)) (pre-norm, like GPT-2)."""

    def __init__(self, n_embd: int, n_head: int, dropout: float = 0.0, bias: bool = True):
        self.ln_1 = LayerNorm(n_embd)
        self.attn = CausalSelfAttention(n_embd, n_head, dropout, bias)
        self.ln_2 = LayerNorm(n_embd)
        self.mlp = FeedForward(n_embd, dropout, bias)

    def forward(self, x: Tensor) -> Tensor:
        x = x + self.attn(self.ln_1(x))  # (B, T, C)
        x = x + self.mlp(self.ln_2(x))  # (B, T, C)
        return x
