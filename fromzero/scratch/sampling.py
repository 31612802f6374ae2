"""Choosing the next token from a model's logits: greedy, temperature, top-k, top-p.

All randomness comes from a seeded generator, so a lesson's sample is the same every run.
Worked example: logits [2, 1, 0] with temperature 0 (greedy) always pick token 0; with
top_k=2 token 2 can never be picked.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities from logits (V,) -> (V,), shifted so exp never overflows."""
    e = np.exp(logits - logits.max())
    return e / e.sum()


def filter_probs(
    logits: np.ndarray, temperature: float = 1.0, top_k: int | None = None,
    top_p: float | None = None,
) -> np.ndarray:
    """The distribution we sample from (V,), after temperature, top-k and top-p.

    top-k keeps the k most likely tokens; top-p keeps the smallest set of most likely tokens
    whose probabilities add up to at least p. The rest get probability 0.
    """
    if temperature <= 0:
        raise ValueError("filter_probs: temperature must be > 0 (use greedy() for 0)")
    z = logits.astype(np.float64) / temperature  # (V,)
    if top_k is not None:
        if top_k < 1:
            raise ValueError(f"top_k={top_k} must be at least 1")
        k = min(top_k, z.size)
        kth = np.partition(z, -k)[-k]
        z = np.where(z < kth, -np.inf, z)  # (V,) drop all but the k largest
    probs = softmax(z)  # (V,)
    if top_p is not None:
        if not 0.0 < top_p <= 1.0:
            raise ValueError(f"top_p={top_p} must be in (0, 1]")
        order = np.argsort(-probs, kind="stable")  # (V,) most likely first
        cumulative = np.cumsum(probs[order])  # (V,)
        keep_count = int(np.searchsorted(cumulative, top_p - 1e-12)) + 1
        mask = np.zeros_like(probs, dtype=bool)
        mask[order[:keep_count]] = True
        probs = np.where(mask, probs, 0.0)
        probs /= probs.sum()
    return probs


def greedy(logits: np.ndarray) -> int:
    """The single most likely token."""
    return int(np.argmax(logits))


def sample(
    logits: np.ndarray, temperature: float = 1.0, top_k: int | None = None,
    top_p: float | None = None, rng: np.random.Generator | None = None,
) -> int:
    """Draw one token id from logits (V,). temperature 0 means greedy."""
    if temperature == 0:
        return greedy(logits)
    probs = filter_probs(logits, temperature, top_k, top_p)
    rng = rng if rng is not None else np.random.default_rng(0)
    return int(rng.choice(len(probs), p=probs))


def generate(
    next_logits: Callable[[np.ndarray], np.ndarray], prompt: list[int], max_new_tokens: int,
    temperature: float = 1.0, top_k: int | None = None, top_p: float | None = None,
    seed: int = 0, stop_token: int | None = None,
) -> list[int]:
    """Extend `prompt` one token at a time. `next_logits(ids (T,)) -> logits (V,)`."""
    rng = np.random.default_rng(seed)
    ids = list(prompt)
    for _ in range(max_new_tokens):
        token = sample(next_logits(np.array(ids)), temperature, top_k, top_p, rng)
        ids.append(token)
        if token == stop_token:
            break
    return ids
