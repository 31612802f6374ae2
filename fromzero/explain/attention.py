"""Worked steps for attention (m8.1): one word looks at every word and mixes their vectors.

attention_scores: the dot product of the word we look from with every word's vector.
weighted_average: mix vectors with weights that add up to 1, one output number at a time.
attention: the scores, softmax turns them into weights, then the weighted average.

Words are optional labels ("cat"); without them the text says "word 1", "word 2", ...
show=k (from 0, like a Python list) picks which number is the final value: the score of word k
for attention_scores, and number k of the output vector for attention and weighted_average
(there it defaults to 0, the first number of the output).
The TS mirror is web/src/explain/attention.ts; the golden files keep the two sides equal.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import add, br, softmax_steps, sum_step
from fromzero.explain.steps import Step, fmt


def _labels(n: int, words: Sequence[str] | None) -> list[str]:
    if words is None:
        return [f"word {i + 1}" for i in range(n)]
    if len(words) != n:
        raise ValueError(f"Give one word per vector: got {len(words)} words and {n} vectors.")
    return [f'"{w}"' for w in words]


def _check_vectors(vectors: Sequence[Sequence[float]], size: int | None = None) -> int:
    if len(vectors) == 0:
        raise ValueError("Attention needs at least one word vector.")
    n = len(vectors[0]) if size is None else size
    if n == 0:
        raise ValueError("Each vector needs at least one number.")
    for v in vectors:
        if len(v) != n:
            raise ValueError(f"Every vector needs the same length: got {len(v)} and {n}.")
    return n


def _pick(show: int, n: int, what: str) -> int:
    if show != int(show) or not 0 <= show < n:
        raise ValueError(f"show picks {what} from 0 to {n - 1}: got {show}.")
    return int(show)


def _dot_steps(query: Sequence[float], vectors: Sequence[Sequence[float]],
               labels: list[str]) -> list[Step]:
    steps = []
    for v, label in zip(vectors, labels, strict=True):
        products = [q * x for q, x in zip(query, v, strict=True)]
        score = add(products)
        parts = " + ".join(f"{fmt(q)} × {br(x)}" for q, x in zip(query, v, strict=True))
        steps.append(Step(f"Score for {label}: the dot product with the word we look from.",
                          f"{parts} = {fmt(score)}", score))
    return steps


def _mix_steps(weights: Sequence[float], vectors: Sequence[Sequence[float]],
               size: int) -> list[Step]:
    steps = []
    for j in range(size):
        column = [v[j] for v in vectors]
        value = add([w * x for w, x in zip(weights, column, strict=True)])
        parts = " + ".join(f"{fmt(w)} × {br(x)}" for w, x in zip(weights, column, strict=True))
        steps.append(Step(f"Output number {j + 1}: each weight times number {j + 1} of its "
                          "word's vector, added up.", f"{parts} = {fmt(value)}", value))
    return steps


def attention_scores(query: Sequence[float], vectors: Sequence[Sequence[float]],
                     words: Sequence[str] | None = None, show: int | None = None) -> list[Step]:
    """attention_scores([0.3, 0.4, 0.9], [[0.5, 0.8, 0.2], ...]): 0.3 × 0.5 + ... = 0.65, ...

    One dot product per word; show=k ends with the score of word k (else the last word's).
    """
    _check_vectors(vectors, len(query))
    labels = _labels(len(vectors), words)
    steps = _dot_steps(query, vectors, labels)
    if show is not None:
        k = _pick(show, len(vectors), "a word")
        steps.append(Step(f"So the score for {labels[k]} is:", f"score = {fmt(steps[k].value)}",
                          steps[k].value))
    return steps


def weighted_average(weights: Sequence[float], vectors: Sequence[Sequence[float]],
                     show: int = 0) -> list[Step]:
    """weighted_average([0.5, 0.5], [[1, 0], [0, 1]]): 0.5 × 1 + 0.5 × 0 = 0.5, ... -> [0.5, 0.5].

    The weights should add up to 1 (the first step checks); show=k ends with output number k.
    """
    size = _check_vectors(vectors)
    if len(weights) != len(vectors):
        raise ValueError(f"Give one weight per vector: got {len(weights)} weights and "
                         f"{len(vectors)} vectors.")
    steps = [sum_step("The weights add up to:", weights)]
    steps += _mix_steps(weights, vectors, size)
    k = _pick(show, size, "a number of the output")
    steps.append(Step(f"So number {k + 1} of the output is:", f"output number {k + 1} = "
                      f"{fmt(steps[k + 1].value)}", steps[k + 1].value))
    return steps


def attention(query: Sequence[float], vectors: Sequence[Sequence[float]],
              words: Sequence[str] | None = None, show: int = 0) -> list[Step]:
    """The three steps of attention: scores (dot products), weights (softmax), output (mix).

    show=k (default 0) ends with number k of the output vector as the final value.
    """
    size = _check_vectors(vectors, len(query))
    n = len(vectors)
    labels = _labels(n, words)
    steps = _dot_steps(query, vectors, labels)
    scores = [s.value for s in steps]
    soft, weights = softmax_steps(
        scores, lambda i: f"Softmax, {labels[i]}: e to the power of its score.",
        "Add the powers up.", lambda i: f"Weight for {labels[i]}: its power divided by the total.")
    steps += soft
    mixed = _mix_steps(weights, vectors, size)
    steps += mixed
    k = _pick(show, size, "a number of the output")
    steps.append(Step(f"So number {k + 1} of the output is:",
                      f"output number {k + 1} = {fmt(mixed[k].value)}", mixed[k].value))
    return steps
