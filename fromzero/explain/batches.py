"""Worked steps for training in mini-batches: how many batches, one batch's gradient, and a
confusion matrix.

`batch_count(1000, 64, epochs=10)` shows 15 full batches, a last batch of 40, 16 batches per
epoch and 160 updates. `batch_gradient` shows that the mean of the examples' gradients is the
slope of the batch's mean loss. `confusion_matrix` fills the table one pair at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import br
from fromzero.explain.loss import _pairs
from fromzero.explain.steps import Step, fmt

BATCH_SHOW = ("full", "last", "batches", "updates")


def _whole(name: str, x: float, low: int) -> int:
    """A whole number of at least `low`, or a ValueError that says which input is wrong."""
    if not float(x).is_integer() or x < low:
        raise ValueError(f"{name} must be a whole number of at least {low}: got {x!r}.")
    return int(x)


def batch_count(n: int, batch_size: int, epochs: int = 1, show: str = "updates") -> list[Step]:
    """batch_count(1000, 64, 10) -> 15 full batches, a last batch of 40, 16 batches, 160 updates.

    `show` stops at the number wanted: "full", "last", "batches" or "updates" (the default).
    """
    if show not in BATCH_SHOW:
        raise ValueError(f"show must be one of {', '.join(BATCH_SHOW)}: got {show!r}.")
    n = _whole("n", n, 1)
    size = _whole("batch_size", batch_size, 1)
    epochs = _whole("epochs", epochs, 1)
    full = n // size
    left = n - full * size
    steps = [Step("How many full batches fit: divide, then drop the part after the point.",
                  f"{n} ÷ {size} = {fmt(n / size)}, so {full} full batches", full)]
    if left:
        steps.append(Step("The items left over make one last, smaller batch.",
                          f"{n} − {full} × {size} = {left}", left))
    else:
        steps.append(Step("Nothing is left over, so the last batch is a full one.",
                          f"{n} − {full} × {size} = 0, so the last batch has {size}", size))
    if show == "full":
        return steps[:1]
    if show == "last":
        return steps
    extra = 1 if left else 0
    batches = full + extra
    text = ("Batches in one epoch: the full ones, plus 1 for the smaller one." if left
            else "Batches in one epoch: just the full ones.")
    steps.append(Step(text, f"{full} + {extra} = {batches}", batches))
    if show == "batches":
        return steps
    updates = batches * epochs
    steps.append(Step(f"One update per batch, for {epochs} epoch{'s' if epochs != 1 else ''}.",
                      f"{batches} × {epochs} = {updates}", updates))
    return steps


def _mean_loss(pairs: Sequence[tuple[float, float]], w: float) -> float:
    total = 0.0
    for x, t in pairs:
        error = w * x - t
        total += error * error
    return total / len(pairs)


def batch_gradient(
    gradients: Sequence[float] | None = None,
    data: Sequence[Sequence[float]] | None = None,
    w: float | None = None,
    lr: float | None = None,
    h: float = 0.0001,
) -> list[Step]:
    """The mean gradient of one batch, and (with lr) the one update it makes.

    Either give the examples' `gradients` and get their mean, or give `data` as
    [input, target] pairs and a weight `w` (the model is output = w × input, the loss of
    each example is (output − target)²): each example's loss and gradient, the mean loss, a
    nudge check that the mean gradient is the slope of the mean loss, and the mean gradient.
    batch_gradient(data=[[1, 2], [2, 4]], w=1) -> gradients −2 and −8, mean −5.
    """
    steps: list[Step] = []
    if data is not None:
        if w is None:
            raise ValueError("batch_gradient with data needs the weight w.")
        pairs = _pairs(data)
        if not pairs:
            raise ValueError("batch_gradient needs at least one example.")
        w = float(w)
        grads = []
        losses = []
        for i, (x, t) in enumerate(pairs, start=1):
            error = w * x - t
            loss = error * error
            g = 2 * error * x
            grads.append(g)
            losses.append(loss)
            steps.append(Step(f"Example {i}: its loss, (w × input − target)².",
                              f"({fmt(w)} × {br(x)} − {br(t)})² = {fmt(loss)}", loss))
            steps.append(Step(f"Example {i}: its gradient, 2 × (w × input − target) × input.",
                              f"2 × {br(error)} × {br(x)} = {fmt(g)}", g))
        mean_loss = _mean_loss(pairs, w)
        nudged = _mean_loss(pairs, w + h)
        slope = (nudged - mean_loss) / h
        added_losses = " + ".join(fmt(v) for v in losses)
        steps.append(Step("The mean loss of the whole batch.",
                          f"({added_losses}) ÷ {len(losses)} = {fmt(mean_loss)}", mean_loss))
        steps.append(Step("Nudge w a tiny bit and see how fast the mean loss moves.",
                          f"({fmt(nudged, 7)} − {fmt(mean_loss, 7)}) ÷ {fmt(h, 7)} ≈ "
                          f"{fmt(slope)}", slope))
    else:
        if gradients is None or len(gradients) == 0:
            raise ValueError("batch_gradient needs the gradients of at least one example, "
                             "or data and w.")
        grads = [float(g) for g in gradients]
    total = 0.0
    for g in grads:
        total += g
    mean = total / len(grads)
    added = " + ".join(br(g) if i else fmt(g) for i, g in enumerate(grads))
    steps.append(Step("Add up the gradients of the examples.", f"{added} = {fmt(total)}", total))
    steps.append(Step(f"Divide by how many examples there are ({len(grads)}): the mean gradient.",
                      f"{fmt(total)} ÷ {len(grads)} = {fmt(mean)}", mean))
    if lr is not None and w is not None:
        new = float(w) - float(lr) * mean
        steps.append(Step("One update for the whole batch: w − learning rate × mean gradient.",
                          f"{fmt(float(w))} − {fmt(float(lr))} × {br(mean)} = {fmt(new)}", new))
    return steps


def confusion_table(true: Sequence[int], predicted: Sequence[int],
                    classes: Sequence[int]) -> list[list[int]]:
    """The table alone: rows are the true classes, columns what was predicted.

    confusion_table([0, 1, 1], [0, 0, 1], [0, 1]) -> [[1, 0], [1, 1]].
    """
    if len(true) != len(predicted):
        raise ValueError(f"confusion_matrix needs one prediction per true label: got "
                         f"{len(true)} true labels and {len(predicted)} predictions.")
    where = {c: i for i, c in enumerate(classes)}
    table = [[0 for _ in classes] for _ in classes]
    for t, p in zip(true, predicted, strict=True):
        for label in (t, p):
            if label not in where:
                raise ValueError(f"the label {label!r} is not one of the classes {list(classes)}.")
        table[where[t]][where[p]] += 1
    return table


def confusion_matrix(labels: Sequence[int], predictions: Sequence[int], classes: Sequence[int],
                     row: int | None = None, col: int | None = None) -> list[Step]:
    """Fill the table pair by pair; then each row, the right answers, and (with row, col) a cell.

    `labels` are the true classes, `predictions` what the network said, position by position.
    confusion_matrix([4, 4, 9], [4, 9, 9], [4, 9], row=4, col=9) -> one 4 was read as a 9.
    """
    classes = [_whole("each class", c, 0) for c in classes]
    if not classes:
        raise ValueError("confusion_matrix needs at least one class.")
    confusion_table(labels, predictions, classes)  # checks the inputs
    where = {c: i for i, c in enumerate(classes)}
    table = [[0 for _ in classes] for _ in classes]
    steps: list[Step] = []
    for i, (t, p) in enumerate(zip(labels, predictions, strict=True), start=1):
        t, p = int(t), int(p)
        before = table[where[t]][where[p]]
        table[where[t]][where[p]] = before + 1
        kind = "right" if t == p else "a mix-up"
        steps.append(Step(f"Pair {i}: true {t}, predicted {p} ({kind}). Add 1 to row {t}, "
                          f"column {p}.", f"{before} + 1 = {before + 1}", before + 1))
    for c in classes:
        cells = table[where[c]]
        said = ", ".join(f"said {d}: {cells[where[d]]}" for d in classes)
        steps.append(Step(f"Row {c}: what happened to every true {c}.", said, sum(cells)))
    right = [table[k][k] for k in range(len(classes))]
    total_right = sum(right)
    steps.append(Step("The right answers sit on the diagonal, from top left to bottom right.",
                      f"{' + '.join(str(r) for r in right)} = {total_right}", total_right))
    if row is not None or col is not None:
        if row not in where or col not in where:
            raise ValueError(f"row and col must both be classes from {classes}: got "
                             f"{row!r} and {col!r}.")
        count = table[where[row]][where[col]]
        steps.append(Step(f"The cell in row {row}, column {col}: how often a true {row} was "
                          f"predicted as {col}.", f"{count}", count))
    return steps


__all__ = ["BATCH_SHOW", "batch_count", "batch_gradient", "confusion_matrix", "confusion_table"]
