"""Hidden tests: a mini-batch training loop, judged by what it learns and by its history."""

from fromzero.grading import Mistake, Probe

# Twelve points on the line y = 3x - 1: the loop should find w = 3, b = -1.
XS = [-1.0, -0.8, -0.6, -0.4, -0.2, 0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 0.5]
YS = [3 * x - 1 for x in XS]


def _train(xs, ys, size, epochs, lr, mean_by=None, per_example=False, drop_last=False):
    """The loop with one thing changed, to recognise the usual mistakes."""
    w = b = 0.0
    losses = []
    for _ in range(epochs):
        end = len(xs) - len(xs) % size if drop_last else len(xs)
        for s in range(0, end, size):
            bx, by = xs[s:s + size], ys[s:s + size]
            if per_example:
                for x, y in zip(bx, by):
                    e = w * x + b - y
                    losses.append(e * e)
                    w, b = w - lr * 2 * e * x, b - lr * 2 * e
                continue
            m = mean_by(len(bx), size) if mean_by else len(bx)
            errors = [w * x + b - y for x, y in zip(bx, by)]
            losses.append(sum(e * e for e in errors) / m)
            gw = sum(2 * e * x for e, x in zip(errors, bx)) / m
            gb = sum(2 * e for e in errors) / m
            w, b = w - lr * gw, b - lr * gb
    return [w, b, losses]


def _shape(got):
    if not isinstance(got, list) or len(got) != 3 or not isinstance(got[2], list):
        return "train_in_batches should give back a list of three things: [w, b, losses]."
    return None


def _learns_the_line(got):
    """Outcome: 40 epochs in batches of 5 find w = 3, b = -1 and the loss falls."""
    problem = _shape(got)
    if problem:
        return problem
    w, b, losses = got
    if abs(w - 3) > 0.05 or abs(b + 1) > 0.05:
        return (f"After 40 epochs on points of y = 3x − 1 your model is w = {w:.4g}, "
                f"b = {b:.4g}; it should be close to w = 3, b = −1. Is each step against the "
                "mean gradient of its batch?")
    if not losses or losses[-1] > 0.001 or losses[-1] >= losses[0]:
        return "The batch losses should fall: the last one below 0.001 and below the first."
    return None


def _history_length(got):
    """Shape: 12 items in batches of 5 is 3 batches (5, 5, 2) per epoch; 2 epochs is 6."""
    problem = _shape(got)
    if problem:
        return problem
    n = len(got[2])
    if n == 6:
        return None
    if n == 2:
        return "losses has one number per epoch. Keep one per batch: one per update."
    if n == 4:
        return ("losses has 4 numbers, but 2 epochs of 3 batches make 6. You dropped the last, "
                "smaller batch (2 items): it still counts.")
    if n == 24:
        return ("losses has one number per item. Make one update per batch, with the mean "
                "over its items.")
    return f"losses has {n} numbers; 2 epochs of 3 batches (5, 5 and 2 items) should give 6."


PROBES = [
    Probe(task=1, call="train_in_batches", args=(XS, YS, 5, 40, 0.2), check=_learns_the_line,
          name="train_in_batches on 12 points of y = 3x − 1, batches of 5, 40 epochs"),
    Probe(task=1, call="train_in_batches", args=(XS, YS, 5, 2, 0.2), check=_history_length,
          name="the losses list: one number per batch"),
    Probe(task=1, call="train_in_batches", args=([1.0, 2.0, 3.0], [2.0, 4.0, 5.0], 2, 1, 0.1),
          expect=_train([1.0, 2.0, 3.0], [2.0, 4.0, 5.0], 2, 1, 0.1)),
    Probe(task=1, call="train_in_batches", args=(XS, YS, 5, 3, 0.1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda xs, ys, s, e, lr: _train(xs, ys, s, e, lr, mean_by=lambda m, k: k),
            say="The last batch is smaller: divide by len(batch), the number of items in it, "
                "not by batch_size."),
    Mistake(task=1, when=lambda xs, ys, s, e, lr: _train(xs, ys, s, e, lr, mean_by=lambda m, k: 1),
            say="You used the sum over the batch. Divide by the number of items in the batch: "
                "the update uses the mean."),
    Mistake(task=1, when=lambda xs, ys, s, e, lr: _train(xs, ys, s, e, lr, per_example=True),
            say="You updated after every item. Make one update per batch."),
    Mistake(task=1, when=lambda xs, ys, s, e, lr: _train(xs, ys, s, e, lr, drop_last=True),
            say="You dropped the last, smaller batch: it still counts."),
]
