"""Preset validation: unknown presets and out-of-range settings get a 422 naming the field
and the allowed range, and the presets endpoint lists defaults, ranges and curves."""

from __future__ import annotations

import pytest

from fromzero.training.presets import PRESETS, PresetError, validate


def test_every_preset_is_valid_at_its_defaults():
    for name in PRESETS:
        assert validate(name).seed == 0


def test_unknown_preset_is_a_422_naming_the_presets(client):
    response = client.post("/api/train", json={"preset": "mnist-transformer"})
    assert response.status_code == 422
    body = response.json()
    assert body["field"] == "preset"
    assert "mnist-transformer" in body["detail"] and "mnist-mlp" in body["detail"]


@pytest.mark.parametrize(("preset", "field", "value", "low", "high"), [
    ("xor", "learning_rate", 50.0, 1e-05, 10.0),
    ("xor", "learning_rate", 0.0, 1e-05, 10.0),
    ("mnist-mlp", "batch_size", 0, 1, 1024),
    ("mnist-mlp", "epochs", 500, 1, 20),
    ("spiral", "dropout", 0.95, 0.0, 0.9),
    ("char-gpt", "n_layer", 12, 1, 8),
])
def test_out_of_range_setting_is_a_422_with_field_and_range(client, preset, field, value,
                                                              low, high):
    response = client.post("/api/train", json={"preset": preset,
                                               "hyperparameters": {field: value}})
    assert response.status_code == 422
    body = response.json()
    assert body["field"] == f"hyperparameters.{field}"
    assert body["allowed"] == [low, high]
    assert f"{low:g}" in body["detail"] and f"{high:g}" in body["detail"]


def test_unknown_setting_names_the_settings_that_exist(client):
    body = client.post("/api/train", json={"preset": "xor",
                                           "hyperparameters": {"lr": 0.1}}).json()
    assert body["field"] == "hyperparameters.lr"
    assert "learning_rate" in body["detail"]


def test_unknown_optimizer_lists_the_choices(client):
    body = client.post("/api/train", json={"preset": "xor",
                                           "hyperparameters": {"optimizer": "lion"}}).json()
    assert body["field"] == "hyperparameters.optimizer"
    assert body["allowed"] == ["sgd", "momentum", "adam", "adamw"]


def test_hidden_sizes_out_of_range_names_the_per_layer_limits():
    with pytest.raises(PresetError) as err:
        validate("xor", {"hidden_sizes": [4, 5000]})
    assert err.value.field == "hidden_sizes"
    assert "1 to 256" in err.value.message


def test_gpt_heads_must_divide_the_width():
    with pytest.raises(PresetError) as err:
        validate("char-gpt", {"hidden_sizes": [100], "n_head": 3})
    assert err.value.field == "n_head"


def test_presets_endpoint_lists_defaults_ranges_and_reference_curves(client):
    presets = {p["name"]: p for p in client.get("/api/train/presets").json()["presets"]}
    assert set(presets) == set(PRESETS)
    settings = {s["name"]: s for s in presets["mnist-mlp"]["settings"]}
    assert settings["learning_rate"]["default"] == 0.001
    assert settings["learning_rate"]["range"] == [1e-05, 10.0]
    assert settings["optimizer"]["choices"] == ["sgd", "momentum", "adam", "adamw"]
    for name in ("xor", "spiral", "mnist-mlp"):
        curve = presets[name]["reference"]
        assert curve is not None, f"no reference curve recorded for {name}"
        assert len(curve["steps"]) == len(curve["losses"]) > 0
