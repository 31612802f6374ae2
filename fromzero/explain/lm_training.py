"""Worked steps for training a language model to guess the next token (Part 9, m9.4).

shift_pairs: cut a window out of a text; the inputs are the window without its last
character, the targets the same window moved one place. Guess t reads inputs 1 to t.
uniform_loss: a model that spreads its chances evenly over V tokens has a loss of ln(V).
perplexity: e to the power of the loss, "as unsure as picking between that many tokens".
sequence_loss: −ln of the chance of the right token at each position, then the mean.
Positions are counted from 1 here, as the lesson counts its guesses.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain._common import add, exp, ln
from fromzero.explain.steps import Step, fmt
from fromzero.explain.text import show_char


def _whole(x: float, name: str, low: int) -> int:
    if isinstance(x, bool) or x != int(x) or x < low:
        raise ValueError(f"{name} must be a whole number of {low} or more: got {x}.")
    return int(x)


def _chars(chars: Sequence[str]) -> str:
    return ", ".join(show_char(ch) for ch in chars)


def shift_pairs(text: str, block: int | None = None, start: int = 0) -> list[Step]:
    """shift_pairs('To be', 4): inputs T, o, ␣, b and targets o, ␣, b, e; final value 4 pairs.

    `block` is how many inputs the window has (all the text but one character when left out);
    `start` is where the window begins in the text.
    """
    chars = list(text)
    start = _whole(start, "start", 0)
    if block is None:
        block = len(chars) - 1 - start
        if block < 1:
            raise ValueError("The text needs at least 2 characters after the start: "
                             "one to read and one to guess.")
    block = _whole(block, "block", 1)
    need = start + block + 1
    if need > len(chars):
        raise ValueError(f"A window of {block} inputs needs {block + 1} characters from position "
                         f"{start}, but the text has only {len(chars) - start} from there.")
    window = chars[start:need]
    inputs = window[:-1]
    targets = window[1:]
    steps = [
        Step(f"The text has {len(chars)} characters. Cut out a window of {block} + 1 = "
             f"{block + 1} of them, starting at position {start}.", _chars(window), block + 1),
        Step("The inputs: every character of the window but the last.", _chars(inputs), block),
        Step("The targets: every character but the first. It is the same window, moved one "
             "place to the left.", _chars(targets), block),
    ]
    for t in range(1, block + 1):
        seen = "".join(show_char(ch) for ch in inputs[:t])
        reads = "input 1" if t == 1 else f"inputs 1 to {t}"
        steps.append(Step(f"Guess {t}: read {reads}, and guess target {t}.",
                          f"{seen} → {show_char(targets[t - 1])}", t))
    steps.append(Step("Count the pairs: one guess for each input, all from one window.",
                      f"{block} inputs → {block} guesses", block))
    return steps


def uniform_loss(vocab: int) -> list[Step]:
    """uniform_loss(65): each chance is 1 ÷ 65 = 0.0154, and −ln(1 ÷ 65) = ln(65) = 4.1744."""
    v = _whole(vocab, "vocab", 1)
    chance = 1 / v
    loss = -ln(chance)
    ln_v = ln(v)
    return [
        Step(f"Spread the chances evenly: each of the {v} tokens gets the same chance.",
             f"1 ÷ {v} = {fmt(chance)}", chance),
        Step("The loss is −ln of the chance of the right token. Every token has this chance, "
             "so whatever the right token is, the loss is the same.",
             f"−ln({fmt(chance)}) = {fmt(loss)}", loss),
        Step("That is ln of the vocabulary size: the loss of pure guessing.",
             f"ln({v}) = {fmt(ln_v)}", ln_v),
    ]


def perplexity(loss: float) -> list[Step]:
    """perplexity(1.6106): e^1.6106 = 5.0059, as unsure as picking between about 5 tokens."""
    x = float(loss)
    if math.isnan(x) or x < 0:
        raise ValueError(f"A cross-entropy loss is 0 or more: got {loss}.")
    value = exp(x)
    return [
        Step("Perplexity is e to the power of the loss.", f"e^{fmt(x)} = {fmt(value)}", value),
        Step("So the model is as unsure as if it picked from this many tokens, each "
             "equally likely.", f"perplexity = {fmt(value)}", value),
    ]


def sequence_loss(chances: Sequence[float], show: int | None = None) -> list[Step]:
    """sequence_loss([0.5, 0.25, 0.8]): −ln of each chance, 0.6931, 1.3863, 0.2231, mean 0.7675.

    Each number is the chance the model gave to the right token at that position.
    show=t adds a last step with the loss at position t (counted from 1).
    """
    probs = [float(p) for p in chances]
    if not probs:
        raise ValueError("sequence_loss needs the chance of at least one position.")
    if any(math.isnan(p) or p < 0 or p > 1 for p in probs):
        raise ValueError("Each chance must be a number from 0 to 1.")
    steps = []
    losses = []
    for t, p in enumerate(probs, start=1):
        loss = -ln(p)
        losses.append(loss)
        steps.append(Step(f"Position {t}: the right token got the chance {fmt(p)}. "
                          "Its loss is −ln of that.", f"−ln({fmt(p)}) = {fmt(loss)}", loss))
    total = add(losses)
    mean = total / len(losses)
    if len(losses) == 1:
        expr = f"{fmt(total)} ÷ 1 = {fmt(mean)}"
    else:
        expr = f"({' + '.join(fmt(v) for v in losses)}) ÷ {len(losses)} = {fmt(mean)}"
    steps.append(Step("The mean: add the losses and divide by how many positions there are.",
                      expr, mean))
    if show is not None:
        if isinstance(show, bool) or show != int(show) or not 1 <= show <= len(losses):
            raise ValueError(f"show must be a position from 1 to {len(losses)}: got {show}.")
        t = int(show)
        steps.append(Step(f"So the loss at position {t} is:",
                          f"loss at position {t} = {fmt(losses[t - 1])}", losses[t - 1]))
    return steps
