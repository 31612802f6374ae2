"""Presets: the models a learner can train from the dashboard, with safe, checked settings.

Each preset is a pydantic model whose fields are the hyperparameters a learner may change,
each with a default and an allowed range. `validate("mnist-mlp", {"learning_rate": 50})`
raises `PresetError` naming the field and the range, which the server answers with 422.

Ranges are wide enough to let a learner *see* a bad choice (a learning rate of 5 makes the
loss blow up, which the job explains) but narrow enough that no job runs for hours.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Optimizer = Literal["sgd", "momentum", "adam", "adamw"]
OPTIMIZERS = ("sgd", "momentum", "adam", "adamw")


class PresetError(ValueError):
    """A request named an unknown preset or a setting outside its allowed range."""

    def __init__(self, field: str, message: str, allowed: Any = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.allowed = allowed


class Hyperparameters(BaseModel):
    """Settings every preset has."""

    model_config = ConfigDict(extra="forbid")

    learning_rate: float = Field(0.1, ge=1e-5, le=10.0, description="step size of each update")
    batch_size: int = Field(32, ge=1, le=1024, description="examples per weight update")
    epochs: int = Field(5, ge=1, le=50, description="passes over the training data")
    dropout: float = Field(0.0, ge=0.0, le=0.9, description="fraction of units dropped")
    optimizer: Optimizer = Field("sgd", description="how gradients become updates")
    seed: int = Field(0, ge=0, le=2**31 - 1, description="makes the run repeatable")


class ToyParameters(Hyperparameters):
    """xor and spiral: a tiny MLP on 2-D points; it trains in a second."""

    learning_rate: float = Field(0.5, ge=1e-5, le=10.0, description="step size of each update")
    batch_size: int = Field(16, ge=1, le=1024, description="examples per weight update")
    epochs: int = Field(100, ge=1, le=2000, description="passes over the training data")
    hidden_sizes: list[int] = Field([16, 16], min_length=1, max_length=4,
                                    description="neurons in each hidden layer (1 to 256)")


class MnistMlpParameters(Hyperparameters):
    learning_rate: float = Field(0.001, ge=1e-5, le=10.0, description="step size")
    batch_size: int = Field(64, ge=1, le=1024, description="examples per weight update")
    epochs: int = Field(3, ge=1, le=20, description="passes over the 60,000 images")
    optimizer: Optimizer = Field("adam", description="how gradients become updates")
    hidden_sizes: list[int] = Field([128, 64], min_length=1, max_length=4,
                                    description="neurons in each hidden layer (1 to 1024)")
    train_subset: int = Field(60_000, ge=100, le=60_000,
                              description="how many training images to use")


class CnnParameters(Hyperparameters):
    learning_rate: float = Field(0.001, ge=1e-5, le=10.0, description="step size")
    batch_size: int = Field(64, ge=1, le=1024, description="examples per weight update")
    epochs: int = Field(2, ge=1, le=10, description="passes over the 60,000 images")
    optimizer: Optimizer = Field("adam", description="how gradients become updates")
    hidden_sizes: list[int] = Field([8, 16, 64], min_length=3, max_length=3,
                                    description="conv1 channels, conv2 channels, dense units")
    train_subset: int = Field(60_000, ge=100, le=60_000,
                              description="how many training images to use")


class CharParameters(Hyperparameters):
    """Character-level text models: an 'epoch' is `steps_per_epoch` random text windows."""

    learning_rate: float = Field(0.003, ge=1e-5, le=10.0, description="step size")
    batch_size: int = Field(16, ge=1, le=256, description="text windows per update")
    epochs: int = Field(5, ge=1, le=50, description="rounds of training, each ending in a sample")
    optimizer: Optimizer = Field("adamw", description="how gradients become updates")
    steps_per_epoch: int = Field(200, ge=1, le=5000, description="updates per round")
    block_size: int = Field(64, ge=8, le=256, description="characters the model reads at once")


class CharLstmParameters(CharParameters):
    hidden_sizes: list[int] = Field([128], min_length=1, max_length=1,
                                    description="LSTM hidden units (1 to 1024)")
    block_size: int = Field(32, ge=8, le=128, description="characters the model reads at once")


class CharGptParameters(CharParameters):
    hidden_sizes: list[int] = Field([128], min_length=1, max_length=1,
                                    description="embedding width n_embd (1 to 1024)")
    n_layer: int = Field(4, ge=1, le=8, description="transformer blocks")
    n_head: int = Field(4, ge=1, le=16, description="attention heads (must divide n_embd)")


HIDDEN_LIMITS = {  # the range of every entry of hidden_sizes, per preset
    "xor": (1, 256), "spiral": (1, 256), "mnist-mlp": (1, 1024), "mnist-cnn": (1, 256),
    "fashion-cnn": (1, 256), "char-lstm": (1, 1024), "char-gpt": (4, 1024),
}

PRESETS: dict[str, tuple[type[Hyperparameters], str]] = {
    "xor": (ToyParameters, "A tiny MLP learns XOR: the problem one straight line cannot solve."),
    "spiral": (ToyParameters, "An MLP separates three interleaved spirals of 2-D points."),
    "mnist-mlp": (MnistMlpParameters, "A multi-layer perceptron reads handwritten digits."),
    "mnist-cnn": (CnnParameters, "A convolutional network reads handwritten digits."),
    "fashion-cnn": (CnnParameters, "The same CNN on Fashion-MNIST: shirts, shoes and bags."),
    "char-lstm": (CharLstmParameters, "An LSTM writes Shakespeare one character at a time."),
    "char-gpt": (CharGptParameters, "A small GPT writes Shakespeare one character at a time."),
}


def _range_of(model: type[BaseModel], field: str) -> tuple[Any, Any] | None:
    """The (low, high) bounds pydantic checks for `field`, read from its Field(ge=, le=)."""
    info = model.model_fields.get(field)
    if info is None:
        return None
    low = high = None
    for rule in info.metadata:
        low = getattr(rule, "ge", low)
        high = getattr(rule, "le", high)
    return (low, high) if low is not None or high is not None else None


def describe_error(preset: str, model: type[BaseModel], error: dict[str, Any]) -> PresetError:
    """Turn pydantic's first error into one sentence naming the field and what is allowed."""
    loc = [str(p) for p in error.get("loc", ())]
    field = loc[0] if loc else "hyperparameters"
    got = error.get("input")
    kind = error.get("type", "")
    default = model.model_fields[field].default if field in model.model_fields else None
    if kind == "extra_forbidden":
        known = ", ".join(model.model_fields)
        return PresetError(field, f"'{field}' is not a setting of preset '{preset}'. Its "
                                  f"settings are: {known}.", list(model.model_fields))
    if field == "optimizer":
        return PresetError(field, f"optimizer {got!r} is not one we have. Choose one of: "
                                  f"{', '.join(OPTIMIZERS)} (the default is '{default}').",
                           list(OPTIMIZERS))
    if field == "hidden_sizes":
        low, high = HIDDEN_LIMITS[preset]
        size = model.model_fields[field]
        lengths = [getattr(r, "min_length", None) or getattr(r, "max_length", None)
                   for r in size.metadata]
        return PresetError(field, f"hidden_sizes {got!r} is not allowed for '{preset}': give "
                                  f"a list of {min(lengths)} to {max(lengths)} whole numbers, "
                                  f"each from {low} to {high} (the default is {default}).",
                           [low, high])
    bounds = _range_of(model, field)
    if bounds is not None:
        low, high = bounds
        return PresetError(field, f"{field} = {got!r} is outside the allowed range: it must be "
                                  f"from {low:g} to {high:g} (the default is {default}).",
                           [low, high])
    return PresetError(field, f"{field} = {got!r}: {error.get('msg', 'is not valid').lower()}.")


def validate(preset: str, overrides: dict[str, Any] | None = None) -> Hyperparameters:
    """The full, checked settings for `preset`: its defaults with `overrides` applied."""
    if preset not in PRESETS:
        raise PresetError("preset", f"There is no preset called '{preset}'. Choose one of: "
                                    f"{', '.join(PRESETS)}.", list(PRESETS))
    model, _ = PRESETS[preset]
    try:
        params = model(**(overrides or {}))
    except ValidationError as err:
        raise describe_error(preset, model, err.errors()[0]) from None
    low, high = HIDDEN_LIMITS[preset]
    for size in getattr(params, "hidden_sizes", []):
        if not low <= size <= high:
            raise describe_error(preset, model, {"loc": ("hidden_sizes",),
                                                 "input": params.hidden_sizes})
    if isinstance(params, CharGptParameters) and params.hidden_sizes[0] % params.n_head:
        raise PresetError("n_head", f"n_head = {params.n_head} must divide the width "
                                    f"hidden_sizes[0] = {params.hidden_sizes[0]} exactly: each "
                                    "head gets an equal share of the width.", [1, 16])
    return params


def describe_presets() -> list[dict[str, Any]]:
    """Every preset with its settings: default, allowed range and a one-line meaning."""
    out = []
    for name, (model, summary) in PRESETS.items():
        fields = []
        for field, info in model.model_fields.items():
            entry: dict[str, Any] = {"name": field, "default": info.default,
                                     "description": info.description or ""}
            if field == "optimizer":
                entry["choices"] = list(OPTIMIZERS)
            elif field == "hidden_sizes":
                entry["range"] = list(HIDDEN_LIMITS[name])
            else:
                bounds = _range_of(model, field)
                if bounds is not None:
                    entry["range"] = list(bounds)
            fields.append(entry)
        out.append({"name": name, "summary": summary, "settings": fields})
    return out
