"""Recipes: the exact runs that produce the shipped models, reproducible from a seed.

A recipe is a preset plus settings plus a bar the result must reach. `run_recipe("mnist-mlp")`
trains it and writes `shipped/mnist-mlp.npz`: the weights, the model config, the recorded
metrics and the reference curve (what a correct run looks like, drawn beside a learner's
live run). The file has the layout of `fromzero.scratch.checkpoint`, so
`fromzero.scratch.checkpoint.load` reads it too; metrics and curve sit in extra `__` entries.

Each recipe also has a *short* version: the same code on less data and fewer steps, with a
lower bar, that the tests retrain in well under a minute.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fromzero.scratch.checkpoint import FORMAT
from fromzero.scratch.nn import Module
from fromzero.training import engine
from fromzero.training.presets import Hyperparameters, validate

SHIPPED = Path(__file__).parent / "shipped"
CURVE_POINTS = 200  # a reference curve is thinned to this many loss points


@dataclass(frozen=True)
class Recipe:
    name: str
    preset: str
    settings: dict[str, Any]
    metric: str  # the figure the bar applies to
    bar: float  # the full recipe must reach this (>= for accuracy, <= for loss)
    short_settings: dict[str, Any]
    short_bar: float
    schedule: str = "cosine"
    clip: float | None = None
    weights_dtype: str = "float32"  # float16 halves the GPT file; accuracy is re-measured
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def higher_is_better(self) -> bool:
        return "accuracy" in self.metric


RECIPES: dict[str, Recipe] = {
    "mnist-mlp": Recipe(
        name="mnist-mlp", preset="mnist-mlp",
        settings={"hidden_sizes": [256, 128], "learning_rate": 0.001, "batch_size": 64,
                  "epochs": 8, "optimizer": "adam"},
        metric="test_accuracy", bar=0.975,
        short_settings={"hidden_sizes": [128], "learning_rate": 0.002, "batch_size": 64,
                        "epochs": 2, "optimizer": "adam", "train_subset": 12_000},
        short_bar=0.93,
        notes="784-256-128-10 ReLU MLP, Adam with a cosine learning rate, 8 epochs.",
    ),
    "mnist-cnn": Recipe(
        name="mnist-cnn", preset="mnist-cnn",
        settings={"hidden_sizes": [16, 32, 128], "learning_rate": 0.002, "batch_size": 64,
                  "epochs": 5, "optimizer": "adam"},
        metric="test_accuracy", bar=0.988,
        short_settings={"hidden_sizes": [8, 16, 64], "learning_rate": 0.003,
                        "batch_size": 64, "epochs": 1, "optimizer": "adam",
                        "train_subset": 6_000},
        short_bar=0.90,
        notes="conv16-pool-conv32-pool-128-10, Adam with a cosine learning rate, 5 epochs.",
    ),
    "char-gpt": Recipe(
        name="char-gpt", preset="char-gpt",
        settings={"hidden_sizes": [128], "n_layer": 4, "n_head": 4, "block_size": 128,
                  "batch_size": 16, "learning_rate": 0.002, "optimizer": "adamw",
                  "epochs": 6, "steps_per_epoch": 500, "dropout": 0.0},
        metric="val_loss", bar=1.75,
        short_settings={"hidden_sizes": [64], "n_layer": 1, "n_head": 4, "block_size": 32,
                        "batch_size": 16, "learning_rate": 0.01, "optimizer": "adamw",
                        "epochs": 1, "steps_per_epoch": 300},
        short_bar=2.7,  # a model that only learned letter frequencies scores about 3.3
        clip=1.0, weights_dtype="float16",
        notes="nanoGPT-shaped character GPT (4 layers, 4 heads, 128 wide, context 128), "
              "3,000 AdamW steps with warm-up and cosine decay.",
    ),
}


def thin(curve: dict[str, list], points: int = CURVE_POINTS) -> dict[str, list]:
    """Keep about `points` evenly spaced loss points (averaged, so noise does not alias)."""
    steps, losses = np.asarray(curve["steps"]), np.asarray(curve["losses"])
    if len(steps) > points:
        edges = np.linspace(0, len(steps), points + 1).astype(int)
        steps = np.array([steps[b - 1] for b in edges[1:]])
        losses = np.array([losses[a:b].mean() for a, b in itertools.pairwise(edges)])
    out = {k: v for k, v in curve.items() if k not in ("steps", "losses")}
    out["steps"] = [int(s) for s in steps]
    out["losses"] = [round(float(v), 5) for v in losses]
    return out


def save_model(path: Path, model: Module, config: dict[str, Any], metrics: dict[str, Any],
               curve: dict[str, list], dtype: str = "float32") -> None:
    """Write weights + config (checkpoint layout) plus metrics and curve as JSON entries."""
    arrays: dict[str, np.ndarray] = {
        name: value.astype(dtype) for name, value in model.state_dict().items()
    }
    arrays["__format__"] = np.array(FORMAT)
    arrays["__config__"] = np.array(json.dumps(config))
    arrays["__metrics__"] = np.array(json.dumps(metrics))
    arrays["__curve__"] = np.array(json.dumps(curve))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        np.savez_compressed(f, **arrays)


@dataclass
class Shipped:
    model: Module
    config: dict[str, Any]
    metrics: dict[str, Any]
    curve: dict[str, list]


def shipped_path(name: str) -> Path:
    return SHIPPED / f"{name}.npz"


def load_model(path: Path) -> Shipped:
    """Read a file written by save_model and rebuild its model in float32."""
    if not path.is_file():
        raise FileNotFoundError(f"No trained model at {path}. Train it with "
                                f"`fromzero train --recipe {path.stem}`.")
    with np.load(path, allow_pickle=False) as archive:
        config = json.loads(str(archive["__config__"]))
        metrics = json.loads(str(archive["__metrics__"]))
        curve = json.loads(str(archive["__curve__"]))
        state = {k: archive[k].astype(np.float32) for k in archive.files
                 if not k.startswith("__")}
    model = engine.build_model(config)
    model.load_state_dict(state)
    model.eval()
    return Shipped(model, config, metrics, curve)


def shipped_metrics(name: str) -> dict[str, Any] | None:
    """The metrics recorded in a shipped file (without loading its weights), or None."""
    path = shipped_path(name)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as archive:
        return json.loads(str(archive["__metrics__"]))


def _measure(recipe: Recipe, params: Hyperparameters, model: Module) -> dict[str, Any]:
    """Re-measure the headline figure on the model as it is stored (float16 for the GPT)."""
    data = engine.load_data(recipe.preset, params)
    if recipe.preset in ("char-lstm", "char-gpt"):
        block, batch = params.block_size, params.batch_size
        val_loss, val_acc = engine._estimate_loss(model, data.val, block, batch, 50, seed=2)
        return {"val_loss": round(val_loss, 4), "val_accuracy": round(val_acc, 4)}
    x_test = data.x_test.reshape(len(data.x_test), -1) if recipe.preset == "mnist-mlp" \
        else data.x_test
    accuracy, loss, _ = engine.score(model, x_test, data.y_test)
    return {"test_accuracy": round(accuracy, 4), "test_loss": round(loss, 4)}


def run_recipe(name: str, seed: int = 0, out: Path | None = None, short: bool = False,
               emit: engine.Emit | None = None) -> tuple[dict[str, Any], Path | None]:
    """Train a recipe; returns (metrics, path written). Short runs write only if `out`."""
    recipe = RECIPES[name]
    settings = dict(recipe.short_settings if short else recipe.settings, seed=seed)
    params = validate(recipe.preset, settings)
    started = time.perf_counter()
    result = engine.train(recipe.preset, params, emit or _print_progress,
                          schedule=recipe.schedule, clip=recipe.clip,
                          eval_batches=10 if short else 50,
                          sample_chars=0 if short else 400)
    seconds = time.perf_counter() - started
    metrics: dict[str, Any] = {**result.metrics, "seconds": round(seconds, 1), "seed": seed,
                               "recipe": name, "short": short, "settings": settings,
                               "notes": recipe.notes}
    if "sample" in result.extra:
        metrics["sample"] = result.extra["sample"]
    target = out if out is not None else (None if short else shipped_path(name))
    if target is None:
        return metrics, None
    save_model(target, result.model, result.config, metrics, thin(result.curve),
               recipe.weights_dtype)
    stored = load_model(target)  # what a learner's machine will load, rounding included
    metrics.update(_measure(recipe, params, stored.model))
    metrics["file_bytes"] = target.stat().st_size
    save_model(target, result.model, result.config, metrics, thin(result.curve),
               recipe.weights_dtype)
    return metrics, target


def passes(recipe: Recipe, metrics: dict[str, Any], short: bool = False) -> bool:
    bar = recipe.short_bar if short else recipe.bar
    value = metrics[recipe.metric]
    return value >= bar if recipe.higher_is_better else value <= bar


def _print_progress(event: dict[str, Any]) -> None:
    if event["kind"] == "epoch":
        print(f"  epoch {event['epoch']}: train loss {event['train_loss']:.4f}, "
              f"test loss {event['test_loss']:.4f}, train accuracy "
              f"{event['train_accuracy']:.2%}, test accuracy {event['test_accuracy']:.2%} "
              f"({event['seconds']:.0f} s)", flush=True)
    elif event["kind"] == "sample":
        print("  sample: " + event["text"][:160].replace("\n", " | "), flush=True)
