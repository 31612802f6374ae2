"""Worked steps for the tricks that stop a network from memorising (Part 5, overfitting).

`dropout` switches off some outputs of a layer and scales the kept ones by 1 ÷ (1 − rate), so
their sum stays the same on average. `early_stop` walks through the validation losses epoch by
epoch and stops after `patience` epochs without a new best. `shift_grid` moves a tiny image,
the simplest kind of data augmentation.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain._common import add, sum_step, vec
from fromzero.explain.steps import Step, fmt


def dropout(values: Sequence[float], mask: Sequence[int], rate: float) -> list[Step]:
    """dropout([2, 1], [1, 0], 0.5): keep 2 and scale it by 1 ÷ (1 − 0.5) = 2 -> [4, 0]."""
    if len(values) != len(mask):
        raise ValueError(f"dropout needs one mask entry per value: got {len(values)} values "
                         f"and {len(mask)} mask entries.")
    if not values:
        raise ValueError("dropout needs at least one value.")
    if any(m not in (0, 1) for m in mask):
        raise ValueError("Each mask entry is 1 (keep) or 0 (drop).")
    if not 0 <= rate < 1:
        raise ValueError(f"The dropout rate must be at least 0 and below 1, not {fmt(rate)}.")
    scale = 1 / (1 - rate)
    steps = [Step("The kept values are scaled by 1 ÷ (1 − rate).",
                  f"1 ÷ (1 − {fmt(rate)}) = {fmt(scale)}", scale)]
    out = []
    for i, (v, m) in enumerate(zip(values, mask, strict=True)):
        if m == 1:
            kept = v * scale
            out.append(kept)
            steps.append(Step(f"Position {i + 1} is kept: scale it.",
                              f"{fmt(v)} × {fmt(scale)} = {fmt(kept)}", kept))
        else:
            out.append(0.0)
            steps.append(Step(f"Position {i + 1} is dropped: it becomes 0.",
                              f"{fmt(v)} → 0", 0.0))
    steps.append(sum_step("The sum before dropout.", values))
    steps.append(Step("The values after dropout.", vec(out), out[-1]))
    steps.append(sum_step("The sum after dropout.", out))
    return steps


def early_stop(val_losses: Sequence[float], patience: int) -> list[Step]:
    """early_stop([0.9, 0.6, 0.5, 0.55, 0.52], 2): best epoch 3, stop after epoch 5."""
    if not val_losses:
        raise ValueError("early_stop needs at least one validation loss.")
    if patience < 1 or int(patience) != patience:
        raise ValueError(f"patience is a whole number of epochs, at least 1, not {fmt(patience)}.")
    patience = int(patience)
    steps = []
    best = val_losses[0]
    best_epoch = 1
    waited = 0
    stop_epoch = len(val_losses)
    steps.append(Step("Epoch 1: the first loss is the best so far. Keep these weights.",
                      f"best = {fmt(best)} (epoch 1)", best))
    for k in range(2, len(val_losses) + 1):
        loss = val_losses[k - 1]
        if loss < best:
            steps.append(Step(f"Epoch {k}: lower than the best. A new best: keep these weights.",
                              f"{fmt(loss)} < {fmt(best)}, so best = {fmt(loss)} (epoch {k})",
                              loss))
            best = loss
            best_epoch = k
            waited = 0
        else:
            waited = waited + 1
            steps.append(Step(f"Epoch {k}: not lower than the best. Wait one more epoch.",
                              f"{fmt(loss)} ≥ {fmt(best)}, waited {waited} of {patience}", loss))
            if waited == patience:
                stop_epoch = k
                break
    if waited == patience:
        epochs = "epoch" if patience == 1 else f"{patience} epochs"
        steps.append(Step(f"Out of patience: no new best in the last {epochs}. Stop.",
                          f"stop after epoch {stop_epoch}", stop_epoch))
    else:
        steps.append(Step("The list ends before we run out of patience: all epochs ran.",
                          f"stop after epoch {stop_epoch}", stop_epoch))
    steps.append(Step("Go back to the weights of the best epoch.",
                      f"best epoch = {best_epoch} (loss {fmt(best)})", best_epoch))
    return steps


def shifted(grid: Sequence[Sequence[float]], dx: int, dy: int) -> list[list[float]]:
    """The grid moved dx to the right and dy down; zeros fill the gap, the size stays.

    shifted([[1, 2], [3, 4]], 1, 0) -> [[0, 1], [0, 3]].
    """
    rows, cols = len(grid), len(grid[0])
    out = []
    for r in range(rows):
        source = r - dy  # the old row that lands on new row r
        if 0 <= source < rows:
            out.append([grid[source][c - dx] if 0 <= c - dx < cols else 0 for c in range(cols)])
        else:
            out.append([0] * cols)
    return out


def shift_grid(grid: Sequence[Sequence[float]], dx: int, dy: int) -> list[Step]:
    """shift_grid([[1, 0], [0, 0]], 1, 0) -> [[0, 1], [0, 0]]: right by 1, zeros fill the gap."""
    if not grid or not grid[0] or any(len(row) != len(grid[0]) for row in grid):
        raise ValueError("A grid needs at least one row, and every row the same length.")
    if int(dx) != dx or int(dy) != dy:
        raise ValueError("dx and dy are whole numbers of pixels.")
    dx, dy = int(dx), int(dy)
    rows, cols = len(grid), len(grid[0])
    where = []
    if dx:
        where.append(f"{abs(dx)} to the {'right' if dx > 0 else 'left'}")
    if dy:
        where.append(f"{abs(dy)} {'down' if dy > 0 else 'up'}")
    move = " and ".join(where) if where else "nowhere"
    steps = []
    out = shifted(grid, dx, dy)
    for r, row in enumerate(out):
        source = r - dy  # the old row that lands on new row r
        if 0 <= source < rows:
            if dx:
                text = f"New row {r + 1} is old row {source + 1}, moved {move}; zeros fill the gap."
            else:
                text = f"New row {r + 1} is old row {source + 1}, moved {move}."
            expr = f"{vec(grid[source])} → {vec(row)}"
        else:
            text = f"New row {r + 1} has no old row to come from: all zeros."
            expr = vec(row)
        steps.append(Step(text, expr, add(row)))
    total = 0.0
    for row in out:
        total = total + add(row)
    shown = "[" + ", ".join(vec(row) for row in out) + "]"
    steps.append(Step(f"The shifted grid, still {rows} by {cols}. Its numbers add up to "
                      f"{fmt(total)}.", shown, total))
    return steps
