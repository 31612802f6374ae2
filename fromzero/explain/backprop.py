"""Worked steps for backpropagation in the smallest network: input → hidden → output.

hidden = input × w1, output = hidden × w2, loss = (output − target)². The slope of the loss for
the output is 2 × error (Part 3's shortcut rule). Backprop walks backwards: the slope for w2 is
that times the hidden value; the error reaching the hidden neuron is that times w2; the slope
for w1 is that times the input. Then each weight steps downhill: new = old − learning rate × slope.
"""

from __future__ import annotations

from fromzero.explain._common import br
from fromzero.explain.steps import Step, fmt

SHOW = ("hidden", "output", "error", "loss", "grad_output", "grad_w2", "grad_hidden", "grad_w1",
        "w2", "w1", "new_loss")


def _numbers(x: float, target: float, w1: float, w2: float, lr: float) -> dict[str, float]:
    hidden = x * w1
    output = hidden * w2
    error = output - target
    loss = error * error
    grad_output = 2 * error
    grad_w2 = grad_output * hidden
    grad_hidden = grad_output * w2
    grad_w1 = grad_hidden * x
    new_w2 = w2 - lr * grad_w2
    new_w1 = w1 - lr * grad_w1
    new_error = (x * new_w1) * new_w2 - target
    return {"hidden": hidden, "output": output, "error": error, "loss": loss,
            "grad_output": grad_output, "grad_w2": grad_w2, "grad_hidden": grad_hidden,
            "grad_w1": grad_w1, "w2": new_w2, "w1": new_w1, "new_loss": new_error * new_error,
            "new_hidden": x * new_w1, "new_output": x * new_w1 * new_w2, "new_error": new_error}


def backprop(x: float, target: float, w1: float, w2: float, lr: float = 0.1,
             show: str = "w1") -> list[Step]:
    """One training step, forward then backward; the last step carries the value named by show."""
    if show not in SHOW:
        raise ValueError(f"show must be one of {', '.join(SHOW)}: got {show!r}.")
    n = _numbers(x, target, w1, w2, lr)
    steps = [
        Step("Forward: hidden = input × w1.", f"{br(x)} × {br(w1)} = {fmt(n['hidden'])}", n["hidden"]),
        Step("Forward: output = hidden × w2.", f"{br(n['hidden'])} × {br(w2)} = {fmt(n['output'])}", n["output"]),
        Step("Error: output − target.", f"{br(n['output'])} − {br(target)} = {fmt(n['error'])}", n["error"]),
        Step("Loss: the error times itself.", f"{br(n['error'])} × {br(n['error'])} = {fmt(n['loss'])}", n["loss"]),
        Step("Backward: slope of the loss for the output is 2 × error.",
             f"2 × {br(n['error'])} = {fmt(n['grad_output'])}", n["grad_output"]),
        Step("Slope for w2: that × the hidden value (what w2 was multiplied by).",
             f"{br(n['grad_output'])} × {br(n['hidden'])} = {fmt(n['grad_w2'])}", n["grad_w2"]),
        Step("Error reaching the hidden neuron: that × w2 (it flows back along w2).",
             f"{br(n['grad_output'])} × {br(w2)} = {fmt(n['grad_hidden'])}", n["grad_hidden"]),
        Step("Slope for w1: the error at hidden × the input.",
             f"{br(n['grad_hidden'])} × {br(x)} = {fmt(n['grad_w1'])}", n["grad_w1"]),
        Step("New w2 = w2 − learning rate × its slope.",
             f"{br(w2)} − {br(lr)} × {br(n['grad_w2'])} = {fmt(n['w2'])}", n["w2"]),
        Step("New w1 = w1 − learning rate × its slope.",
             f"{br(w1)} − {br(lr)} × {br(n['grad_w1'])} = {fmt(n['w1'])}", n["w1"]),
        Step("Forward again with the new weights: the new loss.",
             f"({br(x)} × {br(n['w1'])} × {br(n['w2'])} − {br(target)})² = {fmt(n['new_loss'])}",
             n["new_loss"]),
        Step("After one step:", f"w1 {fmt(w1)} → {fmt(n['w1'])}, w2 {fmt(w2)} → {fmt(n['w2'])}, "
                                f"loss {fmt(n['loss'])} → {fmt(n['new_loss'])}", n[show]),
    ]
    return steps


def backprop_train(x: float, target: float, w1: float, w2: float, lr: float = 0.1,
                   steps: int = 5, show: str = "loss") -> list[Step]:
    """Many training steps, one line each; the last step carries the final loss, w1 or w2."""
    if show not in ("loss", "w1", "w2"):
        raise ValueError(f"show must be one of loss, w1, w2: got {show!r}.")
    out: list[Step] = []
    for k in range(1, int(steps) + 1):
        n = _numbers(x, target, w1, w2, lr)
        out.append(Step(f"Step {k}: loss {fmt(n['loss'])}.",
                        f"w1 {fmt(w1)} → {fmt(n['w1'])}, w2 {fmt(w2)} → {fmt(n['w2'])}", n["loss"]))
        w1, w2 = n["w1"], n["w2"]
    e = x * w1 * w2 - target
    final = {"loss": e * e, "w1": w1, "w2": w2}
    out.append(Step(f"After {int(steps)} steps:", f"w1 = {fmt(w1)}, w2 = {fmt(w2)}, loss = {fmt(e * e)}",
                    final[show]))
    return out
