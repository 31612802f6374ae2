"""Shortened recipes retrain from zero and must reach a stated lower bar; the shipped files
must hold what their recipes promise. The full recipes are benchmarks (`fromzero train`)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from fromzero.scratch import checkpoint
from fromzero.training import engine, recipes
from fromzero.training.presets import validate
from fromzero.training.recipes import RECIPES, load_model, passes, shipped_path

SHIP_LIMIT_BYTES = 5_000_000  # "a few MB at most"


def needs(dataset: str) -> None:
    from fromzero import datasets

    if not datasets.is_prepared(dataset):
        pytest.skip(f"run `fromzero datasets prepare {dataset}` to include this test")


@pytest.mark.parametrize(("name", "dataset"), [
    ("mnist-mlp", "mnist"), ("mnist-cnn", "mnist"), ("char-gpt", "shakespeare"),
])
def test_short_recipe_reaches_its_bar(name, dataset, tmp_path):
    """Through the real command, in its own process with one BLAS thread (as users run it)."""
    needs(dataset)
    recipe = RECIPES[name]
    path = tmp_path / f"{name}.npz"
    command = [sys.executable, "-m", "fromzero.cli", "train", "--recipe", name, "--short",
               "--seed", "0", "--out", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"{name} short recipe missed its bar:\n{done.stdout[-800:]}"
    assert f"reached the bar of {recipe.short_bar}" in done.stdout
    stored = load_model(path)  # the file round-trips into a working model
    assert passes(recipe, stored.metrics, short=True)
    assert stored.metrics["seed"] == 0 and stored.metrics["short"] is True
    state, config = checkpoint.load(path)  # and the plain checkpoint reader accepts it
    assert config["kind"] == stored.config["kind"] and state


def test_the_same_seed_trains_the_same_weights():
    needs("mnist")
    settings = {"hidden_sizes": [32], "epochs": 1, "train_subset": 2_000, "dropout": 0.2,
                "seed": 3}
    runs = [engine.train("mnist-mlp", validate("mnist-mlp", settings)) for _ in range(2)]
    first, second = (run.model.state_dict() for run in runs)
    assert all(np.array_equal(first[name], second[name]) for name in first)
    assert runs[0].metrics["test_accuracy"] == runs[1].metrics["test_accuracy"]
    other = engine.train("mnist-mlp", validate("mnist-mlp", {**settings, "seed": 4}))
    assert not np.array_equal(other.model.state_dict()["net.0.weight"],
                              first["net.0.weight"])


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_shipped_model_is_small_and_met_its_bar(name):
    path = shipped_path(name)
    if not path.is_file():
        pytest.skip(f"{name} is not trained yet: `fromzero train --recipe {name}`")
    assert path.stat().st_size < SHIP_LIMIT_BYTES
    metrics = recipes.shipped_metrics(name)
    assert metrics is not None and passes(RECIPES[name], metrics)
    curve = load_model(path).curve
    assert 0 < len(curve["steps"]) <= recipes.CURVE_POINTS


def test_thinning_keeps_the_shape_of_a_curve():
    steps = list(range(1, 1001))
    losses = list(np.linspace(2.0, 0.1, 1000))
    thin = recipes.thin({"steps": steps, "losses": losses, "epochs": [1]}, points=100)
    assert len(thin["steps"]) == 100 and thin["steps"][-1] == 1000
    assert thin["losses"][0] > thin["losses"][-1]
    assert thin["epochs"] == [1]
