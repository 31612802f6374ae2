"""Part 4's worked examples give the right answers, checked against numpy, a nudge, or autograd."""

import math

import numpy as np
import pytest

from fromzero.explain import explain
from fromzero.scratch.value import Value

BRIEF_LAYER = {"inputs": [2, 3], "weights": [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]], "biases": [0.1, 0.5, -0.2]}
BRIEF_NET = [
    {"weights": [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]], "biases": [0.1, 0.2, 0, 0.1], "activation": "relu"},
    {"weights": [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]], "biases": [0.5, 0.3, 0.2],
     "activation": "relu"},
    {"weights": [[0.5, 0.4, 0.3]], "biases": [0.1], "activation": "sigmoid"},
]


def final(concept, **inputs):
    return explain(concept, **inputs)[-1].value


def test_layer_gives_the_brief_outputs():
    outs = [final("layer", **BRIEF_LAYER, neuron=i) for i in (1, 2, 3)]
    assert outs == pytest.approx([2.0, 3.3, 1.9])
    assert explain("layer", **BRIEF_LAYER)[-1].expr == "output = [2, 3.3, 1.9]"


def test_network_matches_numpy():
    x = np.array([2.0, 3.0])
    for spec in BRIEF_NET:
        z = np.array(spec["weights"]) @ x + np.array(spec["biases"])
        x = np.maximum(z, 0) if spec["activation"] == "relu" else 1 / (1 + np.exp(-z))
    assert final("network", inputs=[2, 3], layers=BRIEF_NET) == pytest.approx(float(x[0]))
    assert final("network", inputs=[2, 3], layers=BRIEF_NET, layer=2, neuron=1) == pytest.approx(2.87)


def test_network_says_when_a_neuron_has_the_wrong_number_of_weights():
    with pytest.raises(ValueError, match="neuron 1 needs one weight per input"):
        explain("network", inputs=[1, 2, 3], layers=BRIEF_NET)


def test_chain_rule_multiplies_and_the_nudge_agrees():
    assert final("chain_rule", rates=[3, 2, 0.5]) == pytest.approx(3)
    assert final("chain_rule", rates=[-2, 1.5]) == pytest.approx(-3)
    rule = final("chain_nudge", a=2, m=3)
    nudge = final("chain_nudge", a=2, m=3, h=1e-6, show="nudge")
    assert rule == 36 and nudge == pytest.approx(36, abs=1e-4)


@pytest.mark.parametrize("x,t,w1,w2,lr", [(2, 1, 0.5, 0.8, 0.1), (1.5, -1, -0.3, 1.2, 0.05), (3, 2, 0.25, -0.5, 0.01)])
def test_backprop_matches_autograd(x, t, w1, w2, lr):
    a, b = Value(w1), Value(w2)
    loss = (x * a * b - t) ** 2
    loss.backward()
    spec = {"x": x, "target": t, "w1": w1, "w2": w2, "lr": lr}
    assert final("backprop", **spec, show="loss") == pytest.approx(loss.data)
    assert final("backprop", **spec, show="grad_w1") == pytest.approx(a.grad)
    assert final("backprop", **spec, show="grad_w2") == pytest.approx(b.grad)
    assert final("backprop", **spec, show="w1") == pytest.approx(w1 - lr * a.grad)


def test_backprop_brief_example_with_the_full_squared_error():
    steps = explain("backprop", x=2, target=1, w1=0.5, w2=0.8, lr=0.1)
    assert steps[-1].expr == "w1 0.5 → 0.564, w2 0.8 → 0.84, loss 0.04 → 0.0028"


def test_training_steps_lower_the_loss():
    assert final("backprop_train", x=2, target=1, w1=0.5, w2=0.8, lr=0.1, steps=5) < 1e-6


def test_autograd_matches_the_library():
    a, b, c, f = Value(2), Value(-3), Value(10), Value(-2)
    L = (a * b + c) * f
    L.backward()
    got = {n: final("autograd", a=2, b=-3, c=10, f=-2, show=f"{n}.grad") for n in "abcf"}
    assert got == {"a": a.grad, "b": b.grad, "c": c.grad, "f": f.grad}
    assert final("autograd", a=2, b=-3, c=10, f=-2, show="L") == L.data


def test_accuracy_and_sigmoid_slope():
    assert final("accuracy", predictions=[1, 0, 1, 1], labels=[1, 0, 0, 1]) == 0.75
    s = 1 / (1 + math.exp(-2))
    assert final("sigmoid_slope", z=2) == pytest.approx(s * (1 - s))
    nudge = explain("sigmoid_slope", z=2, h=1e-6)[2].value
    assert nudge == pytest.approx(s * (1 - s), abs=1e-5)
