"""The training loop behind every preset and recipe, reporting as it goes.

`train(preset, params, emit)` builds the model from fromzero.scratch, runs the epochs and calls
`emit(event)` with small JSON-ready dicts (the training stream, see jobs.py):

    {"kind": "metric", "step": 12, "epoch": 1, "loss": 0.41}          every batch
    {"kind": "epoch", "epoch": 1, "train_accuracy": 0.93, "test_accuracy": 0.92, ...}
    {"kind": "confusion", "epoch": 1, "classes": [...], "matrix": [[...]], "per_class": [...]}
    {"kind": "histogram", "epoch": 1, "layers": [{"name", "weights", "gradients"}]}
    {"kind": "sample", "epoch": 1, "text": "ROMEO: ..."}              text models only

A loss that stops being a number raises `Diverged` with a sentence a learner can act on.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fromzero.scratch import functional as F
from fromzero.scratch import nn, optim
from fromzero.scratch.data import batches, lm_batch
from fromzero.scratch.models import GPT, MLP, CharLM, GPTConfig, MnistCNN
from fromzero.scratch.tensor import Tensor, no_grad
from fromzero.training import data as training_data
from fromzero.training.presets import PRESETS, Hyperparameters

Emit = Callable[[dict[str, Any]], None]
HISTOGRAM_BINS = 30
EVAL_CHUNK = 1000  # images per forward pass when measuring accuracy: bounded memory
TRAIN_ACCURACY_SAMPLE = 10_000  # training images re-scored per epoch (all 60k costs too much)


class Diverged(RuntimeError):
    """The loss became NaN or infinite: training cannot recover, so it stops."""

    def __init__(self, message: str, step: int) -> None:
        super().__init__(message)
        self.step = step


@dataclass
class TrainResult:
    model: nn.Module
    config: dict[str, Any]  # what rebuilds the model (see build_model)
    metrics: dict[str, Any]  # final figures: accuracy, losses, seconds
    curve: dict[str, list]  # the reference curve: steps, losses, and per-epoch figures
    extra: dict[str, Any] = field(default_factory=dict)


def _quiet(event: dict[str, Any]) -> None:
    """Default emit: drop events (recipes on the command line print their own summary)."""


def divergence_message(step: int, loss: float, params: Hyperparameters, preset: str) -> str:
    """'the loss became NaN at step 37; the learning rate 5.0 is too large — try 0.1'."""
    what = "NaN (not a number)" if math.isnan(loss) else "infinite"
    default_lr = PRESETS[preset][0].model_fields["learning_rate"].default
    lr = params.learning_rate
    suggestion = default_lr if lr > default_lr else lr / 10
    return (f"The loss became {what} at step {step}, so training stopped: the numbers grew "
            f"too large to compute. The learning rate {lr:g} is too large for this model — "
            f"try {suggestion:g}.")


def make_optimizer(name: str, parameters: list[nn.Parameter], lr: float) -> optim.Optimizer:
    if name == "sgd":
        return optim.SGD(parameters, lr=lr)
    if name == "momentum":
        return optim.SGD(parameters, lr=lr, momentum=0.9)
    if name == "adam":
        return optim.Adam(parameters, lr=lr)
    return optim.AdamW(parameters, lr=lr, weight_decay=0.01)


def build_model(config: dict[str, Any]) -> nn.Module:
    """Rebuild a model from the config saved beside its weights (also used by predict)."""
    kind = config["kind"]
    dropout = config.get("dropout") or 0.0  # after the hidden layers, while training only
    if kind == "mlp":
        model: nn.Module = MLP(config["sizes"], config.get("activation", "relu"), dropout)
    elif kind == "cnn":
        model = MnistCNN(tuple(config["channels"]), config["hidden"], config["n_classes"],
                         dropout=dropout)
    elif kind == "lstm":
        model = CharLM(config["vocab_size"], config["embed_dim"], config["hidden_size"], "lstm")
    elif kind == "gpt":
        model = GPT(GPTConfig(**config["gpt"]))
    else:
        raise ValueError(f"build_model: unknown model kind '{kind}'")
    return model


def seed_dropouts(model: nn.Module, seed: int) -> None:
    """Give every Dropout its own seeded generator so a run repeats exactly."""
    for i, module in enumerate(model.modules()):
        if isinstance(module, nn.Dropout):
            module.rng = np.random.default_rng(seed * 1000 + i)


def model_config(preset: str, params: Hyperparameters, n_in: int, n_classes: int,
                 vocab_size: int = 0) -> dict[str, Any]:
    """The config of the model this preset trains with these settings."""
    hidden = list(getattr(params, "hidden_sizes", []))
    if preset in ("xor", "spiral", "mnist-mlp"):
        return {"kind": "mlp", "sizes": [n_in, *hidden, n_classes], "activation": "relu",
                "dropout": params.dropout, "seed": params.seed}
    if preset in ("mnist-cnn", "fashion-cnn"):
        return {"kind": "cnn", "channels": hidden[:2], "hidden": hidden[2],
                "n_classes": n_classes, "dropout": params.dropout, "seed": params.seed}
    if preset == "char-lstm":
        return {"kind": "lstm", "vocab_size": vocab_size, "embed_dim": 32,
                "hidden_size": hidden[0]}
    gpt = {"block_size": params.block_size, "vocab_size": vocab_size,
           "n_layer": params.n_layer, "n_head": params.n_head, "n_embd": hidden[0],
           "dropout": params.dropout, "bias": True}
    return {"kind": "gpt", "gpt": gpt}


def histograms(model: nn.Module) -> list[dict[str, Any]]:
    """Weight and gradient histograms of every weight matrix (biases are left out)."""
    layers = []
    for name, p in model.named_parameters():
        if p.ndim < 2:
            continue
        entry: dict[str, Any] = {"name": name}
        for label, values in (("weights", p.data), ("gradients", p.grad)):
            if values is None or not np.all(np.isfinite(values)):
                entry[label] = None
                continue
            flat = values.astype(np.float64).ravel()  # float32 ranges can be too narrow to bin
            low, high = float(flat.min()), float(flat.max())
            if high - low < 1e-12:  # all equal (e.g. every gradient 0): one centred bar
                low, high = low - 0.5, high + 0.5
            counts, edges = np.histogram(flat, bins=HISTOGRAM_BINS, range=(low, high))
            entry[label] = {"counts": counts.tolist(), "edges": np.round(edges, 6).tolist()}
        layers.append(entry)
    return layers


def predict_logits(model: nn.Module, x: np.ndarray) -> np.ndarray:
    """Logits for every row of x in chunks, in eval mode: (N, ...) -> (N, classes)."""
    model.eval()
    out = []
    with no_grad():
        for start in range(0, len(x), EVAL_CHUNK):
            out.append(model(Tensor(x[start:start + EVAL_CHUNK])).data)  # (chunk, classes)
    model.train()
    return np.concatenate(out)


def score(model: nn.Module, x: np.ndarray, y: np.ndarray) -> tuple[float, float, np.ndarray]:
    """(accuracy, mean loss, predictions) of the model on x, y."""
    logits = predict_logits(model, x)  # (N, classes)
    loss = float(F.cross_entropy(Tensor(logits), y).item())
    predictions = logits.argmax(axis=1)  # (N,)
    return float((predictions == y).mean()), loss, predictions


def confusion(y: np.ndarray, predictions: np.ndarray, n_classes: int) -> np.ndarray:
    """matrix[true, predicted] = how many test examples of class `true` got `predicted`."""
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (y, predictions), 1)
    return matrix


class _Schedule:
    """The learning rate at each step: constant, or cosine down to 10 % with a warm-up."""

    def __init__(self, kind: str, lr: float, total_steps: int, warmup: int = 0) -> None:
        self.kind, self.lr, self.total, self.warmup = kind, lr, total_steps, warmup

    def __call__(self, step: int) -> float:
        if self.kind == "cosine":
            return optim.cosine_lr(step, self.lr, self.total, self.warmup, self.lr / 10)
        return self.lr


def _step(loss: Tensor, opt: optim.Optimizer, step: int,
          params: Hyperparameters, preset: str, clip: float | None) -> float:
    value = float(loss.item())
    if not math.isfinite(value):
        raise Diverged(divergence_message(step, value, params, preset), step)
    opt.zero_grad()
    loss.backward()
    if clip:
        optim.clip_grad_norm(opt.params, clip)
    opt.step()
    return value


def _forward_loss(model: nn.Module, x: np.ndarray, y: np.ndarray, step: int,
                  params: Hyperparameters, preset: str) -> Tensor:
    # with a huge learning rate the logits overflow and cross_entropy refuses; that is the
    # same divergence the learner should hear about, not a crash
    try:
        if preset in ("char-lstm", "char-gpt"):
            _, loss = model(x, y)
            return loss
        return F.cross_entropy(model(Tensor(x)), y)
    except FloatingPointError:
        raise Diverged(divergence_message(step, float("nan"), params, preset), step) from None


def load_data(preset: str, params: Hyperparameters) -> Any:
    if preset == "xor":
        return training_data.xor_points(seed=params.seed)
    if preset == "spiral":
        return training_data.spiral_points(seed=params.seed)
    if preset in ("mnist-mlp", "mnist-cnn"):
        return training_data.image_set("mnist", getattr(params, "train_subset", None))
    if preset == "fashion-cnn":
        return training_data.image_set("fashion-mnist", getattr(params, "train_subset", None))
    return training_data.text_set()


def train(preset: str, params: Hyperparameters, emit: Emit = _quiet, *,
          schedule: str = "constant", data: Any = None, clip: float | None = None,
          eval_batches: int = 20, sample_chars: int = 300) -> TrainResult:
    """Train `preset` with `params`, streaming events to `emit`; returns the trained model."""
    nn.init.manual_seed(params.seed)
    data = data if data is not None else load_data(preset, params)
    # overflow warnings would only repeat what Diverged explains in one sentence
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        if preset in ("char-lstm", "char-gpt"):
            return _train_text(preset, params, data, emit, schedule, clip, eval_batches,
                               sample_chars)
        return _train_classifier(preset, params, data, emit, schedule, clip)


def _train_classifier(preset: str, params: Hyperparameters, data: training_data.ImageData,
                      emit: Emit, schedule: str, clip: float | None) -> TrainResult:
    x_train, y_train = data.x_train, data.y_train
    if preset == "mnist-mlp":
        x_train = x_train.reshape(len(x_train), -1)  # (N, 784) the MLP sees a flat vector
        x_test = data.x_test.reshape(len(data.x_test), -1)  # (M, 784)
    else:
        x_test = data.x_test
    n_classes = len(data.classes)
    config = model_config(preset, params, int(np.prod(x_train.shape[1:])), n_classes)
    model = build_model(config)
    seed_dropouts(model, params.seed)
    opt = make_optimizer(params.optimizer, model.parameters(), params.learning_rate)
    steps_per_epoch = math.ceil(len(x_train) / params.batch_size)
    lr_at = _Schedule(schedule, params.learning_rate, steps_per_epoch * params.epochs)
    rng = np.random.default_rng(params.seed)
    sample_idx = rng.permutation(len(x_train))[:TRAIN_ACCURACY_SAMPLE]
    curve: dict[str, list] = {"steps": [], "losses": [], "epochs": [], "train_accuracy": [],
                              "test_accuracy": [], "test_loss": []}
    started = time.perf_counter()
    step = 0
    test_acc = test_loss = train_acc = 0.0
    for epoch in range(1, params.epochs + 1):
        for xb, yb in batches(x_train, y_train, params.batch_size, seed=params.seed + epoch):
            step += 1
            opt.lr = lr_at(step - 1)
            loss = _forward_loss(model, xb, yb, step, params, preset)
            value = _step(loss, opt, step, params, preset, clip)
            emit({"kind": "metric", "step": step, "epoch": epoch, "loss": round(value, 5)})
            curve["steps"].append(step)
            curve["losses"].append(value)
        try:
            train_acc, train_loss, _ = score(model, x_train[sample_idx], y_train[sample_idx])
            test_acc, test_loss, predictions = score(model, x_test, data.y_test)
        except FloatingPointError:  # the last update already broke the weights
            raise Diverged(divergence_message(step, math.nan, params, preset), step) from None
        matrix = confusion(data.y_test, predictions, n_classes)
        per_class = (np.diag(matrix) / np.maximum(matrix.sum(axis=1), 1)).round(4).tolist()
        emit({"kind": "epoch", "epoch": epoch, "step": step, "train_accuracy": train_acc,
              "test_accuracy": test_acc, "train_loss": train_loss, "test_loss": test_loss,
              "seconds": round(time.perf_counter() - started, 2)})
        emit({"kind": "confusion", "epoch": epoch, "classes": list(data.classes),
              "matrix": matrix.tolist(), "per_class": per_class})
        emit({"kind": "histogram", "epoch": epoch, "layers": histograms(model)})
        for key, value in (("epochs", epoch), ("train_accuracy", train_acc),
                           ("test_accuracy", test_acc), ("test_loss", test_loss)):
            curve[key].append(value)
    metrics = {"test_accuracy": test_acc, "test_loss": test_loss, "train_accuracy": train_acc,
               "steps": step, "seconds": round(time.perf_counter() - started, 2)}
    return TrainResult(model, config, metrics, curve)


def _estimate_loss(model: nn.Module, tokens: np.ndarray, block: int, batch: int,
                   batches_: int, seed: int) -> tuple[float, float]:
    """(mean loss, next-character accuracy) on `batches_` fixed random windows of tokens."""
    rng = np.random.default_rng(seed)
    losses, hits = [], []
    model.eval()
    with no_grad():
        for _ in range(batches_):
            xb, yb = lm_batch(tokens, block, batch, rng)  # (B, T), (B, T)
            logits, loss = model(xb, yb)  # (B, T, V)
            losses.append(float(loss.item()))
            hits.append(float((logits.data.argmax(axis=-1) == yb).mean()))
    model.train()
    return float(np.mean(losses)), float(np.mean(hits))


def sample_text(model: nn.Module, vocab: str, chars: int, seed: int = 0,
                prompt: str = "\n", temperature: float = 0.8) -> str:
    lookup = {ch: i for i, ch in enumerate(vocab)}
    ids = [lookup.get(ch, 0) for ch in prompt]
    model.eval()
    out = model.generate(ids, chars, temperature=temperature, seed=seed)
    model.train()
    return "".join(vocab[i] for i in out[len(ids):])


def _train_text(preset: str, params: Hyperparameters, data: training_data.TextData,
                emit: Emit, schedule: str, clip: float | None, eval_batches: int,
                sample_chars: int) -> TrainResult:
    config = model_config(preset, params, 0, 0, vocab_size=len(data.vocab))
    config["vocab"] = data.vocab
    model = build_model(config)
    seed_dropouts(model, params.seed)
    opt = make_optimizer(params.optimizer, model.parameters(), params.learning_rate)
    total = params.steps_per_epoch * params.epochs
    lr_at = _Schedule(schedule, params.learning_rate, total, warmup=min(100, total // 10))
    rng = np.random.default_rng(params.seed)
    curve: dict[str, list] = {"steps": [], "losses": [], "epochs": [], "train_loss": [],
                              "val_loss": [], "train_accuracy": [], "test_accuracy": []}
    started = time.perf_counter()
    step = 0
    val_loss = val_acc = train_loss = 0.0
    sample = ""
    for epoch in range(1, params.epochs + 1):
        for _ in range(params.steps_per_epoch):
            step += 1
            opt.lr = lr_at(step - 1)
            xb, yb = lm_batch(data.train, params.block_size, params.batch_size, rng)  # (B, T)
            loss = _forward_loss(model, xb, yb, step, params, preset)
            value = _step(loss, opt, step, params, preset, clip)
            emit({"kind": "metric", "step": step, "epoch": epoch, "loss": round(value, 5)})
            curve["steps"].append(step)
            curve["losses"].append(value)
        try:
            train_loss, train_acc = _estimate_loss(model, data.train, params.block_size,
                                                   params.batch_size, eval_batches, seed=1)
            val_loss, val_acc = _estimate_loss(model, data.val, params.block_size,
                                               params.batch_size, eval_batches, seed=2)
        except FloatingPointError:
            raise Diverged(divergence_message(step, math.nan, params, preset), step) from None
        emit({"kind": "epoch", "epoch": epoch, "step": step, "train_accuracy": train_acc,
              "test_accuracy": val_acc, "train_loss": train_loss, "test_loss": val_loss,
              "seconds": round(time.perf_counter() - started, 2)})
        emit({"kind": "histogram", "epoch": epoch, "layers": histograms(model)})
        if sample_chars:
            sample = sample_text(model, data.vocab, sample_chars, seed=epoch)
            emit({"kind": "sample", "epoch": epoch, "text": sample})
        for key, value in (("epochs", epoch), ("train_loss", train_loss), ("val_loss", val_loss),
                           ("train_accuracy", train_acc), ("test_accuracy", val_acc)):
            curve[key].append(value)
    metrics = {"val_loss": val_loss, "train_loss": train_loss, "val_accuracy": val_acc,
               "steps": step, "seconds": round(time.perf_counter() - started, 2),
               "corpus": data.source}
    return TrainResult(model, config, metrics, curve, {"sample": sample})
