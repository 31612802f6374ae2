"""A Llama-style decoder (the SmolLM2 family): RMSNorm, rotary positions (RoPE),
grouped-query attention (GQA), a SwiGLU feed-forward, and a KV cache for fast generation.

Differences from gpt.py, each a small idea:
- RMSNorm instead of LayerNorm (no mean, no shift).
- No position embedding table: queries and keys are rotated by their position (RoPE).
- GQA: 9 query heads share 3 key/value heads (groups of 3), so the cache is 3x smaller.
- SwiGLU: down(silu(gate(x)) * up(x)) instead of fc -> GELU -> proj.
- KV cache: when generating, keys and values of earlier tokens are kept, so each new token
  costs one position's work instead of re-reading the whole text.

Shapes: B batch, T new tokens, S all positions seen (cache + new), C model width,
H query heads, K key/value heads, G = H // K heads per group, D head size, V vocabulary.
Loading the real weights: see llama_gguf.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch import nn
from fromzero.scratch.sampling import generate
from fromzero.scratch.tensor import Tensor, no_grad


@dataclass
class LlamaConfig:
    vocab_size: int = 49152  # tokens (V)
    n_layer: int = 30  # decoder blocks
    n_embd: int = 576  # model width (C)
    n_head: int = 9  # query heads (H)
    n_kv_head: int = 3  # key/value heads (K), shared by groups of H // K query heads
    ffn_dim: int = 1536  # hidden width of the SwiGLU feed-forward
    rope_theta: float = 100000.0  # base of the rotary frequencies
    rms_eps: float = 1e-5  # RMSNorm's epsilon
    max_seq_len: int = 8192  # longest context (positions for RoPE)


def rope_tables(head_dim: int, positions: np.ndarray, theta: float) -> tuple[np.ndarray, ...]:
    """cos and sin tables (T, D/2): pair i turns by position * theta^(-2i/D)."""
    freqs = theta ** (-np.arange(0, head_dim, 2, dtype=np.float64) / head_dim)  # (D/2,)
    angles = positions[:, None].astype(np.float64) * freqs[None, :]  # (T, D/2)
    return np.cos(angles).astype(np.float32), np.sin(angles).astype(np.float32)


class KVCache:
    """Keys and values of every position seen so far, per layer: (B, K, S, D) each."""

    def __init__(self, n_layer: int) -> None:
        self.keys: list[np.ndarray | None] = [None] * n_layer
        self.values: list[np.ndarray | None] = [None] * n_layer

    def length(self, layer: int = 0) -> int:
        """Positions already cached for `layer` (all layers agree between forward calls)."""
        k = self.keys[layer]
        return 0 if k is None else k.shape[2]

    def append(self, layer: int, k: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self.keys[layer] is not None:
            k = np.concatenate([self.keys[layer], k], axis=2)  # (B, K, S, D)
            v = np.concatenate([self.values[layer], v], axis=2)  # (B, K, S, D)
        self.keys[layer], self.values[layer] = k, v
        return k, v


class LlamaAttention(nn.Module):
    """Causal self-attention with rotary positions and grouped key/value heads."""

    def __init__(self, cfg: LlamaConfig) -> None:
        self.cfg = cfg
        d = cfg.n_embd // cfg.n_head
        self.q_proj = nn.Linear(cfg.n_embd, cfg.n_head * d, bias=False)
        self.k_proj = nn.Linear(cfg.n_embd, cfg.n_kv_head * d, bias=False)
        self.v_proj = nn.Linear(cfg.n_embd, cfg.n_kv_head * d, bias=False)
        self.o_proj = nn.Linear(cfg.n_head * d, cfg.n_embd, bias=False)

    def forward(self, x: Tensor, cos: np.ndarray, sin: np.ndarray,
                cache: KVCache | None = None, layer: int = 0) -> Tensor:
        B, T, C = x.shape
        H, K = self.cfg.n_head, self.cfg.n_kv_head
        G, D = H // K, C // H
        q = self.q_proj(x).reshape(B, T, H, D).permute(0, 2, 1, 3)  # (B, H, T, D)
        k = self.k_proj(x).reshape(B, T, K, D).permute(0, 2, 1, 3)  # (B, K, T, D)
        v = self.v_proj(x).reshape(B, T, K, D).permute(0, 2, 1, 3)  # (B, K, T, D)
        q = F.rope(q, cos, sin)  # (B, H, T, D)
        k = F.rope(k, cos, sin)  # (B, K, T, D)
        start = 0
        if cache is not None:  # inference: extend the cache, attend to all of it
            start = cache.length(layer)  # before this call's tokens are added
            k_all, v_all = cache.append(layer, k.data, v.data)  # (B, K, S, D)
            k, v = Tensor(k_all), Tensor(v_all)
        S = k.shape[2]
        # group the query heads so each group meets its one shared key/value head
        qg = q.reshape(B, K, G, T, D)  # (B, K, G, T, D)
        kg = k.reshape(B, K, 1, S, D).permute(0, 1, 2, 4, 3)  # (B, K, 1, D, S)
        scores = (qg @ kg) * (1.0 / np.sqrt(D))  # (B, K, G, T, S)
        # query at absolute position start + t may see keys at positions <= start + t
        future = np.arange(S)[None, :] > (start + np.arange(T))[:, None]  # (T, S)
        att = scores.masked_fill(future, -np.inf).softmax(axis=-1)  # (B, K, G, T, S)
        y = att @ v.reshape(B, K, 1, S, D)  # (B, K, G, T, D)
        y = y.reshape(B, H, T, D).permute(0, 2, 1, 3).reshape(B, T, C)  # (B, T, C)
        return self.o_proj(y)  # (B, T, C)


class SwiGLU(nn.Module):
    """down(silu(gate(x)) * up(x)): the gate decides, per hidden unit, how much passes."""

    def __init__(self, cfg: LlamaConfig) -> None:
        self.gate_proj = nn.Linear(cfg.n_embd, cfg.ffn_dim, bias=False)
        self.up_proj = nn.Linear(cfg.n_embd, cfg.ffn_dim, bias=False)
        self.down_proj = nn.Linear(cfg.ffn_dim, cfg.n_embd, bias=False)

    def forward(self, x: Tensor) -> Tensor:
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))  # (B, T, C)


class LlamaBlock(nn.Module):
    def __init__(self, cfg: LlamaConfig) -> None:
        self.input_norm = nn.RMSNorm(cfg.n_embd, cfg.rms_eps)
        self.attn = LlamaAttention(cfg)
        self.post_attention_norm = nn.RMSNorm(cfg.n_embd, cfg.rms_eps)
        self.mlp = SwiGLU(cfg)

    def forward(self, x: Tensor, cos: np.ndarray, sin: np.ndarray,
                cache: KVCache | None = None, layer: int = 0) -> Tensor:
        x = x + self.attn(self.input_norm(x), cos, sin, cache, layer)  # (B, T, C)
        return x + self.mlp(self.post_attention_norm(x))  # (B, T, C)


class Llama(nn.Module):
    """ids (B, T) -> logits (B, T, V). The output layer reuses the token embedding."""

    def __init__(self, cfg: LlamaConfig) -> None:
        self.config = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.n_embd)
        self.blocks = [LlamaBlock(cfg) for _ in range(cfg.n_layer)]
        self.norm = nn.RMSNorm(cfg.n_embd, cfg.rms_eps)

    def forward(self, ids: np.ndarray, cache: KVCache | None = None,
                last_only: bool = False) -> Tensor:
        ids = np.asarray(ids)
        T = ids.shape[1]  # ids: (B, T)
        start = cache.length() if cache is not None else 0
        if start + T > self.config.max_seq_len:
            raise ValueError(f"Llama: {start + T} positions exceed max_seq_len "
                             f"{self.config.max_seq_len}; shorten the prompt")
        cos, sin = rope_tables(self.config.n_embd // self.config.n_head,
                               np.arange(start, start + T), self.config.rope_theta)  # (T, D/2)
        x = self.embed(ids)  # (B, T, C)
        for i, block in enumerate(self.blocks):
            x = block(x, cos, sin, cache, i)  # (B, T, C)
        if last_only:
            x = x[:, -1:]  # (B, 1, C) generation needs only the last position
        return F.linear(self.norm(x), self.embed.weight)  # (B, T, V) tied output layer

    def generate(self, prompt: list[int], max_new_tokens: int, stop_token: int | None = None,
                 **sampling: float) -> list[int]:
        """Continue `prompt` using the KV cache: the prompt is read once, then one token/step."""
        cache = KVCache(self.config.n_layer)
        fed = 0  # how many of the ids the cache has seen

        def next_logits(ids: np.ndarray) -> np.ndarray:
            nonlocal fed
            with no_grad():
                logits = self(ids[None, fed:], cache=cache, last_only=True)  # (1, 1, V)
            fed = len(ids)
            return logits.data[0, -1]  # (V,)

        return generate(next_logits, prompt, max_new_tokens, stop_token=stop_token, **sampling)
