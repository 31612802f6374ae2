"""Part 3's worked examples give the right answers, not only the same text as their golden files."""

import math

import numpy as np
import pytest

from fromzero.explain import explain

DATA = [[2, 4], [3, 6], [5, 10], [1, 2]]


def final(concept, **inputs):
    return explain(concept, **inputs)[-1].value


def test_error_keeps_its_sign_and_says_which_way():
    steps = explain("error", prediction=0.5, target=0.8)
    assert steps[-1].value == pytest.approx(-0.3)
    assert "too low" in steps[-1].text
    assert "too high" in explain("error", prediction=7, target=5)[-1].text


def test_neuron_error_follows_the_brief():
    assert final(
        "neuron_error", inputs=[2, 3], weights=[0.1, 0.1], b=0, target=0.8
    ) == pytest.approx(-0.3)


@pytest.mark.parametrize(
    "p,t", [([0.5, 0.7, 0.8], [0.8, 0.8, 0.8]), ([1, -1, 2.5], [0, 1, 2]), ([3], [1])]
)
def test_mse_matches_numpy(p, t):
    assert final("mse", predictions=p, targets=t) == pytest.approx(
        np.mean((np.array(p) - np.array(t)) ** 2)
    )


def test_squared_error_shows_negatives_in_brackets():
    assert explain("squared_error", prediction=0.5, target=0.8)[-1].expr == "−0.3 × (−0.3) = 0.09"


@pytest.mark.parametrize("w", [-0.5, 1.5, 2, 2.5])
def test_data_loss_is_the_mse_of_the_predictions(w):
    xs, ts = np.array(DATA, dtype=float).T
    assert final("data_loss", data=DATA, w=w) == pytest.approx(np.mean((xs * w - ts) ** 2))


def test_rise_over_run_and_its_zero_run():
    assert final("rise_over_run", x1=1, y1=2, x2=3, y2=6) == 2
    with pytest.raises(ValueError, match="run is 0"):
        explain("rise_over_run", x1=1, y1=2, x2=1, y2=6)


@pytest.mark.parametrize(
    "terms,x",
    [
        ([[1, 2]], 3),
        ([[1, 3]], 2),
        ([[3, 2], [-2, 1], [5, 0]], -1),
        ([[-0.5, 4]], -2),
        ([[4, 2], [-20, 1], [25, 0]], 0.1),
    ],
)
def test_every_shortcut_rule_agrees_with_a_tiny_nudge(terms, x):
    shortcut = final("shortcut_slope", terms=terms, x=x)
    nudged = final("nudge_slope", terms=terms, x=x, h=1e-6)
    assert nudged == pytest.approx(shortcut, abs=1e-3)
    # and the curve's height is the polynomial numpy would compute
    poly = sum(a * x**n for a, n in terms)
    assert final("curve_value", terms=terms, x=x) == pytest.approx(poly)


def test_smaller_nudges_get_closer():
    gaps = [abs(final("nudge_slope", terms=[[1, 2]], x=3, h=h) - 6) for h in (1, 0.1, 0.01, 0.001)]
    assert gaps == sorted(gaps, reverse=True)


def test_curve_text_reads_like_maths():
    steps = explain("shortcut_slope", terms=[[3, 2], [-2, 1], [5, 0]], x=2)
    assert steps[-1].text == "So the slope of y = 3x² − 2x + 5 at x = 2 is:"


@pytest.mark.parametrize("knob", ["w", "b"])
@pytest.mark.parametrize("x,t,w,b", [(2, 5, 0.1, 0), (3, 1, 1, 0.5), (-1.5, 2, 0.4, -0.5)])
def test_gradient_shortcut_agrees_with_the_nudge(x, t, w, b, knob):
    shortcut = final("gradient", x=x, target=t, w=w, b=b, knob=knob)
    nudged = final("loss_nudge", x=x, target=t, w=w, b=b, h=1e-7, knob=knob)
    assert nudged == pytest.approx(shortcut, abs=1e-4)


def test_gradient_descent_follows_the_brief_with_the_true_gradient():
    # The brief drops the 2 and uses a learning rate of 0.1; the true gradient with 0.05 is the same.
    assert final("gradient_descent", x=2, target=5, w=0.1, lr=0.05, iterations=1) == pytest.approx(
        1.06
    )
    assert final("gradient_descent", x=2, target=5, w=0.1, lr=0.05, iterations=2) == pytest.approx(
        1.636
    )
    loss = final("gradient_descent", x=2, target=5, w=0.1, lr=0.05, iterations=2, show="loss")
    assert loss == pytest.approx((2 * 1.636 - 5) ** 2)


def test_descent_table_agrees_with_the_full_descent():
    table = final("descent_table", x=2, target=5, w=0.1, lr=0.05, iterations=10, show="weight")
    full = final("gradient_descent", x=2, target=5, w=0.1, lr=0.05, iterations=10)
    assert table == full


def test_too_big_a_learning_rate_diverges_to_nan():
    steps = explain("descent_table", x=2, target=5, w=0.1, lr=1, iterations=400, every=50)
    assert math.isnan(steps[-1].value)
    assert steps[-1].text == "After 366 iterations:"
    assert any("infinity" in s.text for s in steps)
    assert final("descent_table", x=2, target=5, w=0.1, lr=0.3, iterations=6) > 23.04


def test_training_on_the_brief_dataset_learns_two():
    assert final("epoch", data=DATA, w=0.1, lr=0.01) == pytest.approx(23.454047, abs=1e-6)
    assert final("train", data=DATA, w=0.1, lr=0.01, epochs=20, show="weight") == pytest.approx(
        2, abs=1e-6
    )


def test_bad_inputs_say_what_is_wrong():
    with pytest.raises(ValueError, match="show must be one of"):
        explain("gradient_descent", x=2, target=5, w=0.1, lr=0.05, iterations=1, show="bias")
    with pytest.raises(ValueError, match="knob must be"):
        explain("gradient", x=2, target=5, w=0.1, knob="x")
    with pytest.raises(ValueError, match=r"\[input, target\]"):
        explain("epoch", data=[[1, 2, 3]], w=0, lr=0.1)
