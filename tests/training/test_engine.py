"""The training loop's own promises: histograms never fail, divergence is explained."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.scratch import nn
from fromzero.training import engine
from fromzero.training.presets import validate


def test_histograms_survive_gradients_that_are_all_equal():
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    for p in model.parameters():
        p.grad = np.zeros_like(p.data)  # a dead network: every gradient is 0
    model.parameters()[0].data[...] = 1e-9  # and weights too close together for float32 bins
    layers = engine.histograms(model)
    assert [layer["name"] for layer in layers] == ["0.weight", "2.weight"]
    for layer in layers:
        assert sum(layer["gradients"]["counts"]) == layer["gradients"]["counts"][15]
        assert sum(layer["weights"]["counts"]) > 0


def test_divergence_names_the_step_the_rate_and_a_better_rate():
    params = validate("xor", {"learning_rate": 5.0})
    message = engine.divergence_message(37, float("nan"), params, "xor")
    assert "The loss became NaN (not a number) at step 37" in message
    assert "learning rate 5 is too large" in message and "try 0.5" in message
    small = validate("xor", {"learning_rate": 0.2})
    assert "try 0.02" in engine.divergence_message(3, float("inf"), small, "xor")


def test_a_huge_learning_rate_raises_diverged_not_a_crash():
    with pytest.raises(engine.Diverged) as err:
        engine.train("xor", validate("xor", {"learning_rate": 10.0}))
    assert err.value.step > 0
    assert f"at step {err.value.step}" in str(err.value)


def test_every_epoch_reports_train_and_held_out_accuracy():
    events: list[dict] = []
    result = engine.train("spiral", validate("spiral", {"epochs": 3}), events.append)
    epochs = [e for e in events if e["kind"] == "epoch"]
    assert [e["epoch"] for e in epochs] == [1, 2, 3]
    assert all(0.0 <= e["train_accuracy"] <= 1.0 and 0.0 <= e["test_accuracy"] <= 1.0
               for e in epochs)
    assert result.curve["test_accuracy"] == [e["test_accuracy"] for e in epochs]
