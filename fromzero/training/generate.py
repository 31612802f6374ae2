"""The generate-text demo's server half: a prompt and sampling settings -> the shipped char-gpt's text.

The loop is the one m9.5 teaches: read the last block_size characters, get the logits for the
next one, turn them into chances (temperature, top-k, top-p from `fromzero.scratch.sampling`),
pick one, append it, repeat. The first few steps are reported with the chosen character, its
chance and the five most likely characters it was chosen from.

The forward pass is the shipped `fromzero.scratch` GPT itself, under `no_grad` (about 4 ms a
step for a full 128-character window on one core), so 300 characters take about a second.

Worked example: temperature 0 always takes the most likely character, so the same prompt gives
the same text every time; top_k 1 does the same.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from fromzero.scratch.models.gpt import GPT
from fromzero.scratch.sampling import filter_probs, greedy, softmax
from fromzero.scratch.tensor import no_grad
from fromzero.training.recipes import load_model, shipped_path

MODEL_NAME = "char-gpt"
MAX_PROMPT_CHARS = 200
MAX_NEW_TOKENS = 300
MAX_TEMPERATURE = 2.0
SHOWN_STEPS = 12  # how many steps come back with their top-5
TOP_SHOWN = 5


class BadRequest(ValueError):
    """A prompt or setting the model cannot use; `field` names which one."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Settings:
    """What the learner chose. temperature 0 means greedy; top_k 0 and top_p 1 mean 'off'."""

    prompt: str
    max_new_tokens: int = 100
    temperature: float = 0.8
    top_k: int = 0
    top_p: float = 1.0
    seed: int = 0


class CharGPT:
    """The shipped char-gpt with its vocabulary: the logits for the next character."""

    def __init__(self, model: GPT, config: dict[str, Any]) -> None:
        gpt = config["gpt"]
        self.model = model
        self.vocab: str = config["vocab"]
        self.block_size: int = gpt["block_size"]
        self.n_layer: int = gpt["n_layer"]
        self.n_head: int = gpt["n_head"]
        self.n_embd: int = gpt["n_embd"]
        self.lookup = {ch: i for i, ch in enumerate(self.vocab)}
        self.parameters = int(sum(p.data.size for p in model.parameters()))

    def next_logits(self, ids: np.ndarray) -> np.ndarray:
        """Logits (V,) for the character after `ids` (T,), reading at most block_size of them."""
        window = np.asarray(ids)[-self.block_size:]  # (T,) the context window
        with no_grad():
            logits, _ = self.model(window[None, :])  # (1, T, V)
        return logits.data[0, -1].astype(np.float64)  # (V,) only the last place matters


_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> CharGPT:
    with _load_lock:
        shipped = load_model(shipped_path(MODEL_NAME))
        return CharGPT(shipped.model, shipped.config)


def model() -> CharGPT:
    """The shipped char-gpt, loaded once (FileNotFoundError if it is not trained)."""
    return _model()


def check(settings: Settings, gpt: CharGPT) -> None:
    """Raise BadRequest naming the first setting the model cannot use."""
    prompt = settings.prompt
    if not prompt:
        raise BadRequest("prompt", "The prompt is empty. Type at least one character to start "
                                   "from, for example a name and a colon: 'ROMEO:'.")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise BadRequest("prompt", f"The prompt has {len(prompt)} characters; at most "
                                   f"{MAX_PROMPT_CHARS} are allowed.")
    unknown = sorted({ch for ch in prompt if ch not in gpt.lookup})
    if unknown:
        shown = ", ".join(repr(ch) for ch in unknown)
        raise BadRequest("prompt", f"The model's vocabulary has no {shown}. It only knows "
                                   f"these {len(gpt.vocab)} characters: {gpt.vocab!r}.")
    if not 1 <= settings.max_new_tokens <= MAX_NEW_TOKENS:
        raise BadRequest("max_new_tokens", f"max_new_tokens must be from 1 to {MAX_NEW_TOKENS}; "
                                           f"got {settings.max_new_tokens}.")
    if not 0 <= settings.temperature <= MAX_TEMPERATURE:
        raise BadRequest("temperature", f"temperature must be from 0 to {MAX_TEMPERATURE:g} "
                                        f"(0 means greedy); got {settings.temperature:g}.")
    if not 0 <= settings.top_k <= len(gpt.vocab):
        raise BadRequest("top_k", f"top_k must be from 0 (off) to {len(gpt.vocab)}, the size of "
                                  f"the vocabulary; got {settings.top_k}.")
    if not 0 < settings.top_p <= 1:
        raise BadRequest("top_p", "top_p must be more than 0 and at most 1 (1 means off); got "
                                  f"{settings.top_p:g}.")


def _top(probs: np.ndarray, vocab: str) -> list[dict[str, Any]]:
    order = np.argsort(-probs, kind="stable")[:TOP_SHOWN]
    return [{"char": vocab[i], "chance": round(float(probs[i]), 4)} for i in order]


def generate_text(settings: Settings, gpt: CharGPT | None = None) -> dict[str, Any]:
    """Continue the prompt; report the first SHOWN_STEPS steps and the model's facts."""
    gpt = gpt if gpt is not None else model()
    check(settings, gpt)
    rng = np.random.default_rng(settings.seed)
    ids = [gpt.lookup[ch] for ch in settings.prompt]
    top_k = settings.top_k or None
    top_p = settings.top_p if settings.top_p < 1 else None
    steps: list[dict[str, Any]] = []
    for step in range(settings.max_new_tokens):
        logits = gpt.next_logits(np.array(ids))  # (V,)
        if settings.temperature == 0:
            probs = softmax(logits)  # (V,) the chances, only to show them
            token = greedy(logits)
        else:
            probs = filter_probs(logits, settings.temperature, top_k, top_p)  # (V,)
            token = int(rng.choice(len(probs), p=probs))
        if step < SHOWN_STEPS:
            steps.append({"char": gpt.vocab[token], "chance": round(float(probs[token]), 4),
                          "top5": _top(probs, gpt.vocab)})
        ids.append(token)
    new_text = "".join(gpt.vocab[i] for i in ids[len(settings.prompt):])
    return {
        "prompt": settings.prompt,
        "text": new_text,
        "tokens": steps,
        "settings": {"max_new_tokens": settings.max_new_tokens,
                     "temperature": settings.temperature, "top_k": settings.top_k,
                     "top_p": settings.top_p, "seed": settings.seed},
        "model": {"name": MODEL_NAME, "vocab": gpt.vocab, "vocab_size": len(gpt.vocab),
                  "block_size": gpt.block_size, "n_layer": gpt.n_layer, "n_head": gpt.n_head,
                  "n_embd": gpt.n_embd, "parameters": gpt.parameters},
    }
