from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _anchor(a, b, c, f):
    spec = {"a": a, "b": b, "c": c, "f": f}
    return [final_value("autograd", {**spec, "show": f"{n}.grad"}) for n in ("a", "b", "c", "f")]


def _bp(x, t, w1, w2):
    spec = {"x": x, "target": t, "w1": w1, "w2": w2}
    return [final_value("backprop", {**spec, "show": "grad_w1"}), final_value("backprop", {**spec, "show": "grad_w2"})]


def _twice(x, t, w1, w2):
    """A walk without an order: the error box is walked once per use, and the boxes below it
    pass on grads that keep growing (w2 ends with 3 shares, w1 with 4)."""
    g1, g2 = _bp(x, t, w1, w2)
    return [4 * g1, 3 * g2]


def _random_net(rng):
    return tuple(round(rng.uniform(-2, 2), 2) for _ in range(4))


PROBES = [
    Probe(task=1, call="grads", args=(2, -3, 10, -2), expect=_anchor(2, -3, 10, -2)),
    Probe(task=1, call="grads", args=(1.5, 0.5, -1, 3)),
    Probe(task=1, call="grads", args=random_floats(4)),
    Probe(task=2, call="neuron_grads", args=(2, 1, 0.5, 0.8), expect=_bp(2, 1, 0.5, 0.8)),
    Probe(task=2, call="neuron_grads", args=(1.5, -1, -0.3, 1.2)),
    Probe(task=2, call="neuron_grads", args=_random_net),
]

MISTAKES = [
    Mistake(task=1, when=lambda a, b, c, f: [0, 0, 0, 0],
            say="Every grad is 0. Set out.grad to 1 before walking back, or walk from the output back to the start."),
    Mistake(task=2, when=lambda x, t, w1, w2: [0, 0],
            say="Every grad is 0. Set out.grad to 1 before walking back, or walk from the output back to the start."),
    Mistake(task=2, when=_twice,
            say="A box was walked more than once, so its grad was passed back twice. Put each box in the order once, and walk the order."),
]
