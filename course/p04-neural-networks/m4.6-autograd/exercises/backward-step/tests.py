from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats


def _anchor(a, b, c, f):
    spec = {"a": a, "b": b, "c": c, "f": f}
    return [final_value("autograd", {**spec, "show": f"{n}.grad"}) for n in ("a", "b", "c", "f")]


def _grads(a, b, c, f, times="other", chain=True, plus="grad"):
    """The four grads under a (possibly wrong) set of rules, walking L, d, e by hand."""
    def tm(own, other, g):
        k = other if times == "other" else own
        return k * g if chain else k
    e, d = a * b, a * b + c
    gL = 1
    gd, gf = tm(d, f, gL), tm(f, d, gL)
    ge = gc = gd if plus == "grad" else 1
    ga, gb = tm(a, b, ge), tm(b, a, ge)
    return [ga, gb, gc, gf]


PROBES = [
    Probe(task=1, call="grads", args=(2, -3, 10, -2), expect=_anchor(2, -3, 10, -2)),
    Probe(task=1, call="grads", args=(1.5, 0.5, -1, 3), expect=_anchor(1.5, 0.5, -1, 3)),
    Probe(task=1, call="grads", args=random_floats(4)),
    Probe(task=2, call="square_grad", args=(3,), expect=2 * final_value("neuron", {"x": 3, "w": 1, "b": 0})),
    Probe(task=2, call="square_grad", args=(-1.5,)),
    Probe(task=2, call="square_grad", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda *a: _grads(*a, times="own"),
            say="In a times box, each parent gets the other parent's data times the grad, not its own data."),
    Mistake(task=1, when=lambda *a: _grads(*a, chain=False),
            say="Multiply by node.grad too: the other parent's data times node.grad. That is the chain rule."),
    Mistake(task=1, when=lambda *a: _grads(*a, plus="one"),
            say="A plus passes its grad on unchanged: add node.grad, not 1."),
    Mistake(task=2, when=lambda x: x,
            say="A number used twice must add up both grads: use += in backward_step."),
    Mistake(task=2, when=lambda x: x * x,
            say="In a times box, each parent gets the other parent's data times the grad, not its own data."),
]
