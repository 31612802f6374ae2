from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _gd(x, t, w, lr, n, sign=-1, two=2):
    for _ in range(n):
        w = w + sign * lr * two * (x * w - t) * x
    return w


def _args(rng):
    x = rng.choice([-2, -1, 0.5, 1, 1.5, 2])
    return (x, round(rng.uniform(-5, 5), 1), round(rng.uniform(-2, 2), 1), rng.choice([0.01, 0.02, 0.05]),
            rng.choice([3, 5, 8]))


PROBES = [
    Probe(task=1, call="descend", args=(2, 5, 0.1, 0.05, 2),
          expect=final_value("gradient_descent", {"x": 2, "target": 5, "w": 0.1, "lr": 0.05, "iterations": 2})),
    Probe(task=1, call="descend", args=(2, 5, 0.1, 0.05, 3),
          expect=final_value("gradient_descent", {"x": 2, "target": 5, "w": 0.1, "lr": 0.05, "iterations": 3})),
    Probe(task=1, call="descend", args=(2, 5, 0.1, 0.05, 10)),
    Probe(task=1, call="descend", args=(1, -3, 2, 0.1, 4)),
    Probe(task=1, call="descend", args=(3, 1, 0, 0.01, 1)),
    Probe(task=1, call="descend", args=(2, 5, 4, 0.05, 0)),
    Probe(task=1, call="descend", args=_args),
    Probe(task=1, call="descend", args=_args),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, t, w, lr, n: _gd(x, t, w, lr, n, sign=1),
            say="The weight walked uphill. Take the step away from the weight: weight − learning rate × gradient."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _gd(x, t, w, lr, n - 1),
            say="One iteration too few. range(iterations) runs exactly iterations times."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _gd(x, t, w, lr, n + 1),
            say="One iteration too many. range(iterations) runs exactly iterations times."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _gd(x, t, w, lr, 1),
            say="Only one iteration ran. Did you return inside the loop? Return after the loop ends."),
    Mistake(task=1, when=lambda x, t, w, lr, n: _gd(x, t, w, lr, n, two=1),
            say="You forgot the 2 in the gradient: it is 2 × error × input."),
    Mistake(task=1, when=lambda x, t, w, lr, n: w - n * lr * 2 * (x * w - t) * x,
            say="The gradient was worked out only once. Work it out again inside the loop, every iteration."),
]

TOLERANCE = 1e-6
