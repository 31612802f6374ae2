import math

from fromzero.grading import Mistake, Probe
from fromzero.scratch.value import Value

P1 = [[[0.5, -1], [-0.3, 0.8], [1.2, 0.4]], [0.1, -0.2, 0], [1.5, -1, 0.7], -0.3]


def _autograd_step(params, point, target, lr):
    """An anchor that does not trust solution.py: the slopes come from the library's autograd."""
    W1, b1, W2, b2 = params
    w1 = [[Value(v) for v in row] for row in W1]
    c1 = [Value(v) for v in b1]
    w2 = [Value(v) for v in W2]
    c2 = Value(b2)
    h = [(w1[j][0] * point[0] + w1[j][1] * point[1] + c1[j]).relu() for j in range(len(W1))]
    out = c2
    for j in range(len(h)):
        out = out + w2[j] * h[j]
    loss = (out.sigmoid() - target) ** 2
    loss.backward()
    return [[[v.data - lr * v.grad for v in row] for row in w1], [v.data - lr * v.grad for v in c1],
            [v.data - lr * v.grad for v in w2], c2.data - lr * c2.grad]


def _manual(params, point, t, lr, sig_slope=True, relu_slope=True, new_w2=False, sign=1):
    W1, b1, W2, b2 = params
    x, y = point
    H = len(W1)
    z = [W1[j][0] * x + W1[j][1] * y + b1[j] for j in range(H)]
    h = [max(0, v) for v in z]
    s = 1 / (1 + math.exp(-(sum(W2[j] * h[j] for j in range(H)) + b2)))
    g = 2 * (s - t) * (s * (1 - s) if sig_slope else 1)
    W2n = [W2[j] - sign * lr * g * h[j] for j in range(H)]
    back = W2n if new_w2 else W2
    gh = [g * back[j] * ((1 if z[j] > 0 else 0) if relu_slope else 1) for j in range(H)]
    return [[[W1[j][0] - sign * lr * gh[j] * x, W1[j][1] - sign * lr * gh[j] * y] for j in range(H)],
            [b1[j] - sign * lr * gh[j] for j in range(H)], W2n, b2 - sign * lr * g]


def _random(rng):
    r = lambda: round(rng.uniform(-1.5, 1.5), 2)  # noqa: E731
    H = rng.randint(2, 4)
    return ([[[r(), r()] for _ in range(H)], [r() for _ in range(H)], [r() for _ in range(H)], r()],
            [r(), r()], rng.choice([0, 1]), 0.5)


PROBES = [
    Probe(task=1, call="sgd_step", args=(P1, [0.5, -0.5], 1, 0.5), expect=_autograd_step(P1, [0.5, -0.5], 1, 0.5)),
    Probe(task=1, call="sgd_step", args=(P1, [-1, 0.8], 0, 0.5), expect=_autograd_step(P1, [-1, 0.8], 0, 0.5)),
    Probe(task=1, call="sgd_step", args=_random),
    Probe(task=1, call="sgd_step", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda *a: _manual(*a, sig_slope=False),
            say="You left out sigmoid's slope. The slope for the output's sum is 2 × (s − target) × s × (1 − s)."),
    Mistake(task=1, when=lambda *a: _manual(*a, relu_slope=False),
            say="You left out ReLU's slope. A hidden neuron whose sum is not above zero passes back nothing."),
    Mistake(task=1, when=lambda *a: _manual(*a, new_w2=True),
            say="You used the new W2 to send the error back. Work out all slopes with the old weights first."),
    Mistake(task=1, when=lambda *a: _manual(*a, sign=-1),
            say="You added the step. Subtract it: weight − lr × slope walks downhill."),
]
TOLERANCE = 1e-9
