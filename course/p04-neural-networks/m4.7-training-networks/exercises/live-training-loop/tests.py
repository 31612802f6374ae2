"""Hidden tests: the learned line, checked by outcome and against the reference loop."""

from fromzero.grading import Mistake, Probe


def _line_points(rng):
    """Five points on a random line, and enough epochs to find it."""
    a, c = round(rng.uniform(-2, 2), 2), round(rng.uniform(-2, 2), 2)
    xs = [round(rng.uniform(-2, 2), 2) for _ in range(5)]
    return (xs, [round(a * x + c, 4) for x in xs], 3, 0.05)


def _found_the_line(got):
    """Outcome: after many epochs the points y = 2x + 1 give w near 2 and b near 1."""
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return "train_line should give back a list of two numbers: [w, b]."
    w, b = got
    if abs(w - 2) > 0.01 or abs(b - 1) > 0.01:
        return (f"After 2000 epochs on points of y = 2x + 1 your line is w = {w:.4g}, "
                f"b = {b:.4g}; it should be close to w = 2, b = 1. Is each step against "
                "its slope, and is the slope a mean over the points?")
    return None


def _train(xs, ys, epochs, lr, sign=1.0, mean=True, move_b=True):
    """The loop with one thing changed, to recognise the usual mistakes."""
    w = b = 0.0
    n = len(xs) if mean else 1
    for _ in range(epochs):
        sw = sum(2 * ((w * x + b) - y) * x for x, y in zip(xs, ys))
        sb = sum(2 * ((w * x + b) - y) for x, y in zip(xs, ys))
        w -= sign * lr * sw / n
        if move_b:
            b -= sign * lr * sb / n
    return [w, b]


PROBES = [
    Probe(task=1, call="train_line", args=([1, 2, 3, 4], [3, 5, 7, 9], 2000, 0.05),
          check=_found_the_line, name="train_line on y = 2x + 1 for 2000 epochs"),
    Probe(task=1, call="train_line", args=([1, 2, 3, 4], [3, 5, 7, 9], 1, 0.05)),
    Probe(task=1, call="train_line", args=_line_points),
]
MISTAKES = [
    Mistake(task=1, when=lambda xs, ys, e, lr: _train(xs, ys, e, lr, sign=-1.0),
            say="The line moved the wrong way: step against the slope, w = w − lr × slope."),
    Mistake(task=1, when=lambda xs, ys, e, lr: _train(xs, ys, e, lr, mean=False),
            say="Divide the summed slopes by the number of points: the step uses the mean."),
    Mistake(task=1, when=lambda xs, ys, e, lr: _train(xs, ys, e, lr, move_b=False),
            say="b never moved: step b against its own slope too."),
]
