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


def test_dropout_sits_after_the_hidden_layers_never_on_the_pixels_or_the_scores():
    from fromzero.scratch import nn
    from fromzero.training.engine import build_model

    mlp = build_model({"kind": "mlp", "sizes": [784, 32, 16, 10], "dropout": 0.5})
    kinds = [type(layer).__name__ for layer in mlp.net.layers]
    assert kinds == ["Linear", "ReLU", "Dropout", "Linear", "ReLU", "Dropout", "Linear"]
    cnn = build_model({"kind": "cnn", "channels": [4, 8], "hidden": 16, "n_classes": 10,
                       "dropout": 0.3})
    assert isinstance(cnn.drop, nn.Dropout) and cnn.drop.p == 0.3
    plain = build_model({"kind": "mlp", "sizes": [784, 32, 10], "dropout": 0.0})
    assert "Dropout" not in [type(layer).__name__ for layer in plain.net.layers]


def test_dropout_changes_training_outputs_but_not_evaluation():
    import numpy as np

    from fromzero.scratch.tensor import Tensor
    from fromzero.training.engine import build_model, seed_dropouts

    model = build_model({"kind": "mlp", "sizes": [20, 64, 5], "dropout": 0.5})
    seed_dropouts(model, 0)
    x = Tensor(np.random.default_rng(1).random((8, 20), dtype=np.float32))
    model.train()
    assert not np.allclose(model(x).data, model(x).data)  # a new mask every pass
    model.eval()
    assert np.array_equal(model(x).data, model(x).data)
