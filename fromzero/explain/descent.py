"""Worked steps for learning: the loss of one example, its slope (by nudging and by the shortcut),
gradient descent one iteration at a time, and training for epochs on many examples.

The neuron is prediction = input × weight + bias and the loss is (prediction − target)². The
shortcut rules of slopes give its slope for the weight as 2 × error × input, and for the bias
as 2 × error. Numbers that blow up are shown honestly: infinity, then NaN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fromzero.explain.loss import _pairs
from fromzero.explain.numbers import big
from fromzero.explain.steps import Step, fmt

NUDGE_DECIMALS = 7
SHOW = ("weight", "prediction", "loss")



def _broken(w: float) -> Step:
    """The step shown when the weight has become NaN."""
    return Step("The weight is NaN: not a number. Training is broken and cannot recover.",
                "weight = NaN", w)

def _b(x: float) -> str:
    """A number to put after a minus sign: negatives get brackets, huge ones a power of 10."""
    text = big(x)
    return f"({text})" if text.startswith("−") else text


def _check_show(show: str, allowed: Sequence[str] = SHOW) -> None:
    if show not in allowed:
        raise ValueError(f"show must be one of {', '.join(allowed)}: got {show!r}.")


def _loss(x: float, t: float, w: float, b: float) -> float:
    e = (x * w + b) - t
    return e * e


def example_loss(x: float, target: float, w: float, b: float = 0) -> list[Step]:
    """example_loss(2, 5, 0.1): 2 × 0.1 + 0 = 0.2, 0.2 − 5 = −4.8, −4.8 × −4.8 = 23.04."""
    p = x * w + b
    e = p - target
    loss = e * e
    return [
        Step("Predict: input × weight + bias.", f"{fmt(x)} × {_b(w)} + {_b(b)} = {fmt(p)}", p),
        Step("Error: prediction − target.", f"{fmt(p)} − {_b(target)} = {fmt(e)}", e),
        Step("Loss: the error times itself.", f"{fmt(e)} × {_b(e)} = {fmt(loss)}", loss),
    ]


def loss_nudge(
    x: float, target: float, w: float, b: float = 0, h: float = 0.001, knob: str = "w"
) -> list[Step]:
    """Nudge the weight (knob 'w') or the bias (knob 'b') a tiny bit; the change in the loss,
    divided by the nudge, is the slope of the loss for that knob."""
    if knob not in ("w", "b"):
        raise ValueError(f"knob must be 'w' (the weight) or 'b' (the bias): got {knob!r}.")
    if h == 0:
        raise ValueError("The nudge cannot be 0: we divide by it.")
    d = NUDGE_DECIMALS
    name, old = ("weight", w) if knob == "w" else ("bias", b)
    new = old + h
    before = _loss(x, target, w, b)
    after = _loss(x, target, new, b) if knob == "w" else _loss(x, target, w, new)
    change = after - before
    slope = change / h
    return [
        Step(f"The loss now, with {name} {fmt(old, d)}.", f"loss = {fmt(before, d)}", before),
        Step(
            f"Nudge the {name} by a tiny {fmt(h, d)}.",
            f"{fmt(old, d)} + {fmt(h, d)} = {fmt(new, d)}",
            new,
        ),
        Step(f"The loss with the nudged {name}.", f"loss = {fmt(after, d)}", after),
        Step(
            "How much the loss changed.",
            f"{fmt(after, d)} − {fmt(before, d)} = {fmt(change, d)}",
            change,
        ),
        Step(
            "Slope = change in loss ÷ nudge.",
            f"{fmt(change, d)} ÷ {fmt(h, d)} = {fmt(slope)}",
            slope,
        ),
    ]


def gradient(x: float, target: float, w: float, b: float = 0, knob: str = "w") -> list[Step]:
    """The shortcut: the loss's slope is 2 × error × input for the weight, 2 × error for the bias."""
    if knob not in ("w", "b"):
        raise ValueError(f"knob must be 'w' (the weight) or 'b' (the bias): got {knob!r}.")
    steps = example_loss(x, target, w, b)[:2]
    e = steps[-1].value
    if knob == "w":
        g = 2 * e * x
        steps.append(
            Step(
                "Slope of the loss for the weight: 2 × error × input.",
                f"2 × {_b(e)} × {_b(x)} = {fmt(g)}",
                g,
            )
        )
    else:
        g = 2 * e
        steps.append(
            Step("Slope of the loss for the bias: 2 × error.", f"2 × {_b(e)} = {fmt(g)}", g)
        )
    return steps


def _iteration(
    x: float, t: float, w: float, lr: float, b: float, k: int
) -> tuple[list[Step], float]:
    p = x * w + b
    e = p - t
    loss = e * e
    g = 2 * e * x
    step = lr * g
    new = w - step
    steps = [
        Step(
            f"Iteration {k}. Predict: input × weight + bias.",
            f"{big(x)} × {_b(w)} + {_b(b)} = {big(p)}",
            p,
        ),
        Step("Error: prediction − target.", f"{big(p)} − {_b(t)} = {big(e)}", e),
        Step("Loss: the error times itself.", f"{big(e)} × {_b(e)} = {big(loss)}", loss),
        Step("Gradient: 2 × error × input.", f"2 × {_b(e)} × {_b(x)} = {big(g)}", g),
        Step("Step: learning rate × gradient.", f"{fmt(lr)} × {_b(g)} = {big(step)}", step),
        Step("New weight: old weight − step.", f"{big(w)} − {_b(step)} = {big(new)}", new),
    ]
    return steps, new


def _summary(label: str, x: float, t: float, w: float, b: float, show: str) -> Step:
    p = x * w + b
    e = p - t
    loss = e * e
    value = {"weight": w, "prediction": p, "loss": loss}[show]
    return Step(label, f"weight = {big(w)}, prediction = {big(p)}, loss = {big(loss)}", value)


def descent_step(x: float, target: float, w: float, lr: float, b: float = 0) -> list[Step]:
    """One iteration of gradient descent for the weight; ends on the new weight."""
    steps, _ = _iteration(float(x), float(target), float(w), float(lr), float(b), 1)
    return steps


def gradient_descent(
    x: float,
    target: float,
    w: float,
    lr: float,
    iterations: int,
    b: float = 0,
    show: str = "weight",
) -> list[Step]:
    """Every step of every iteration; the last step reports the weight, prediction or loss."""
    _check_show(show)
    x, t, w, lr, b = float(x), float(target), float(w), float(lr), float(b)
    steps: list[Step] = []
    for k in range(1, int(iterations) + 1):
        more, w = _iteration(x, t, w, lr, b, k)
        steps += more
    steps.append(_summary(f"After {int(iterations)} iterations:", x, t, w, b, show))
    return steps


def descent_table(
    x: float,
    target: float,
    w: float,
    lr: float,
    iterations: int,
    every: int = 1,
    b: float = 0,
    show: str = "loss",
) -> list[Step]:
    """One line per iteration (or per `every` iterations); stops if the weight becomes NaN."""
    _check_show(show)
    every = max(1, int(every))
    x, t, w, lr, b = float(x), float(target), float(w), float(lr), float(b)
    steps: list[Step] = []
    done = 0
    for k in range(1, int(iterations) + 1):
        e = (x * w + b) - t
        loss = e * e
        g = 2 * e * x
        new = w - lr * g
        if k % every == 0 or k == 1 or k == int(iterations) or math.isnan(new):
            steps.append(
                Step(
                    f"Iteration {k}: loss {big(loss)}, gradient {big(g)}.",
                    f"{big(w)} − {fmt(lr)} × {_b(g)} = {big(new)}",
                    new,
                )
            )
        w = new
        done = k
        if math.isnan(w):
            steps.append(_broken(w))
            break
    steps.append(_summary(f"After {done} iterations:", x, t, w, b, show))
    return steps


def _epoch(
    pairs: list[tuple[float, float]], w: float, lr: float
) -> tuple[list[Step], float, float]:
    steps = []
    losses = []
    for i, (x, t) in enumerate(pairs, start=1):
        p = x * w
        e = p - t
        loss = e * e
        losses.append(loss)
        g = 2 * e * x
        new = w - lr * g
        steps.append(
            Step(
                f"Example {i}: input {big(x)}, target {big(t)}. Predict, error, loss.",
                f"{big(x)} × {_b(w)} = {big(p)}, {big(p)} − {_b(t)} = {big(e)}, "
                f"{big(e)} × {_b(e)} = {big(loss)}",
                loss,
            )
        )
        steps.append(
            Step(
                "Gradient 2 × error × input, then step the weight downhill.",
                f"2 × {_b(e)} × {_b(x)} = {big(g)}, {big(w)} − {fmt(lr)} × {_b(g)} = {big(new)}",
                new,
            )
        )
        w = new
    total = 0.0
    for loss in losses:
        total = total + loss
    steps.append(
        Step(
            "Add up the losses of this epoch.",
            f"{' + '.join(_b(v) if i else big(v) for i, v in enumerate(losses))} = {big(total)}",
            total,
        )
    )
    mean = total / len(losses)
    steps.append(
        Step(
            f"Divide by how many examples there are ({len(losses)}).",
            f"{big(total)} ÷ {len(losses)} = {big(mean)}",
            mean,
        )
    )
    return steps, w, mean


def epoch(data: Sequence[Sequence[float]], w: float, lr: float, show: str = "loss") -> list[Step]:
    """One pass through the data, one update per example (prediction = input × weight)."""
    _check_show(show, ("weight", "loss"))
    steps, w, mean = _epoch(_pairs(data), float(w), float(lr))
    value = mean if show == "loss" else w
    steps.append(
        Step("At the end of the epoch:", f"mean loss = {big(mean)}, weight = {big(w)}", value)
    )
    return steps


def train(
    data: Sequence[Sequence[float]],
    w: float,
    lr: float,
    epochs: int,
    every: int = 1,
    show: str = "loss",
) -> list[Step]:
    """One line per epoch (or per `every` epochs): the epoch's mean loss and the weight after it."""
    _check_show(show, ("weight", "loss"))
    pairs = _pairs(data)
    every = max(1, int(every))
    w, lr = float(w), float(lr)
    steps: list[Step] = []
    mean = math.nan
    done = 0
    for k in range(1, int(epochs) + 1):
        _, w, mean = _epoch(pairs, w, lr)
        done = k
        if k % every == 0 or k == 1 or k == int(epochs) or math.isnan(w):
            steps.append(Step(f"Epoch {k}.", f"mean loss = {big(mean)}, weight = {big(w)}", mean))
        if math.isnan(w):
            steps.append(_broken(w))
            break
    value = mean if show == "loss" else w
    steps.append(
        Step(f"After {done} epochs:", f"mean loss = {big(mean)}, weight = {big(w)}", value)
    )
    return steps
