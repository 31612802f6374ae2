"""The draw-a-digit demo's server half: 28 x 28 numbers -> every step -> ten probabilities.

The shipped MNIST MLP reads a flat vector of 784 normalised pixels, so the steps a learner
sees are exactly what the model needs: scale 0..255 to 0..1, centre with MNIST's mean and
spread, flatten row by row, multiply through the layers, softmax.

Worked example: a pixel of 255 -> 1.0 -> (1.0 - 0.1307) / 0.3081 = 2.82; a pixel of 0 -> -0.42.

`predict_cnn` is the cnn-feature-maps demo's half: the shipped MNIST CNN reads the same grid
and hands back what each layer made of it (feature maps, dense values, probabilities).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import numpy as np

from fromzero.scratch.tensor import Tensor, no_grad
from fromzero.training.data import MNIST_MEAN, MNIST_STD
from fromzero.training.recipes import Shipped, load_model, shipped_path

SIDE = 28
DEMO_MODEL = "mnist-mlp"


class BadImage(ValueError):
    """The numbers sent are not a 28 x 28 grid of pixel values from 0 to 255."""


@lru_cache(maxsize=2)
def shipped(name: str = DEMO_MODEL) -> Shipped:
    return load_model(shipped_path(name))


def check_image(pixels: list[list[float]]) -> np.ndarray:
    """The grid as a float32 array (28, 28), or BadImage saying what is wrong with it."""
    if len(pixels) != SIDE or any(len(row) != SIDE for row in pixels):
        widths = sorted({len(row) for row in pixels})
        raise BadImage(f"The image must be {SIDE} rows of {SIDE} numbers; got {len(pixels)} "
                       f"rows of {widths} numbers.")
    image = np.asarray(pixels, dtype=np.float32)  # (28, 28)
    if not np.all(np.isfinite(image)) or image.min() < 0 or image.max() > 255:
        raise BadImage("Every pixel must be a number from 0 (black) to 255 (white); got "
                       f"values from {float(np.nanmin(image)):g} to "
                       f"{float(np.nanmax(image)):g}.")
    return image


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())  # (10,) shifted so exp cannot overflow
    return e / e.sum()


def predict_digit(pixels: list[list[float]], model_name: str = DEMO_MODEL) -> dict[str, Any]:
    """Every step from the drawn grid to the model's ten probabilities."""
    image = check_image(pixels)  # (28, 28) values 0..255
    scaled = image / 255.0  # (28, 28) values 0..1
    normalised = (scaled - MNIST_MEAN) / MNIST_STD  # (28, 28) mean 0, spread 1 on MNIST
    flat = normalised.reshape(-1)  # (784,) row after row
    model = shipped(model_name)
    with no_grad():
        logits = model.model(Tensor(flat[None, :])).data[0]  # (10,)
    probabilities = softmax(logits.astype(np.float64))  # (10,)

    def rounded(a: np.ndarray, digits: int = 4) -> list:
        return np.round(a.astype(np.float64), digits).tolist()

    steps = [
        {"name": "pixels", "shape": [SIDE, SIDE], "values": rounded(image, 1),
         "text": "What you drew: 28 × 28 brightness values, 0 is black and 255 is white."},
        {"name": "scaled", "shape": [SIDE, SIDE], "values": rounded(scaled),
         "text": "Divide by 255 so every pixel lies between 0 and 1."},
        {"name": "normalised", "shape": [SIDE, SIDE], "values": rounded(normalised),
         "text": f"Subtract MNIST's mean {MNIST_MEAN} and divide by its spread {MNIST_STD}, "
                 "as the model saw in training."},
        {"name": "flattened", "shape": [SIDE * SIDE], "values": rounded(flat),
         "text": "Lay the 28 rows end to end: one list of 784 numbers, the model's input."},
        {"name": "logits", "shape": [10], "values": rounded(logits),
         "text": "The last layer's ten raw scores, one per digit."},
        {"name": "probabilities", "shape": [10], "values": rounded(probabilities),
         "text": "Softmax turns the scores into ten probabilities that add up to 1."},
    ]
    return {
        "steps": steps,
        "probabilities": rounded(probabilities, 6),
        "prediction": int(probabilities.argmax()),
        "model": {"name": model_name, "sizes": model.config.get("sizes"),
                  "test_accuracy": model.metrics.get("test_accuracy")},
    }


CNN_MODEL = "mnist-cnn"
MAP_DECIMALS = 3  # feature maps are drawn as heatmaps: 3 decimals keep the answer small
# the model keeps its last forward's maps on itself; one request at a time reads its own
_maps_lock = threading.Lock()


def predict_cnn(pixels: list[list[float]], model_name: str = CNN_MODEL) -> dict[str, Any]:
    """The shipped CNN's inside view: the feature maps after each conv block, the dense
    layer's values and the ten probabilities for one 28 x 28 image.

    A blank image still gives maps (the biases alone), so the demo can show what "nothing"
    looks like to the network.
    """
    image = check_image(pixels)  # (28, 28) values 0..255
    normalised = (image / 255.0 - MNIST_MEAN) / MNIST_STD  # (28, 28) as in training
    model = shipped(model_name)
    with _maps_lock, no_grad():
        logits = model.model(Tensor(normalised[None, :, :].astype(np.float32))).data[0]  # (10,)
        maps = model.model.feature_maps  # conv1 (1, C1, 13, 13), conv2 (1, C2, 5, 5), hidden (1, H)
    probabilities = softmax(logits.astype(np.float64))  # (10,)

    def rounded(a: np.ndarray) -> list:
        return np.round(a.astype(np.float64), MAP_DECIMALS).tolist()

    conv1, conv2, hidden = maps["conv1"][0], maps["conv2"][0], maps["hidden"][0]
    layers = [
        {"name": "conv1", "shape": list(conv1.shape), "values": rounded(conv1),
         "text": f"{conv1.shape[0]} filters of 3 × 3 slide over the image, then ReLU, then "
                 f"2 × 2 max pooling: {conv1.shape[0]} maps of {conv1.shape[1]} × "
                 f"{conv1.shape[2]}."},
        {"name": "conv2", "shape": list(conv2.shape), "values": rounded(conv2),
         "text": f"{conv2.shape[0]} filters of 3 × 3 × {conv1.shape[0]} slide over those maps, "
                 f"then ReLU, then pooling: {conv2.shape[0]} maps of {conv2.shape[1]} × "
                 f"{conv2.shape[2]}."},
        {"name": "dense", "shape": list(hidden.shape), "values": rounded(hidden),
         "text": f"The maps are flattened into {conv2.size} numbers; a dense layer with ReLU "
                 f"turns them into {hidden.shape[0]}."},
        {"name": "probabilities", "shape": [len(probabilities)],
         "values": rounded(probabilities),
         "text": "The output layer gives ten scores; softmax turns them into chances."},
    ]
    return {
        "layers": layers,
        "probabilities": np.round(probabilities, 6).tolist(),
        "prediction": int(probabilities.argmax()),
        "model": {"name": model_name, "channels": model.config.get("channels"),
                  "hidden": model.config.get("hidden"),
                  "parameters": int(sum(p.data.size for p in model.model.parameters())),
                  "test_accuracy": model.metrics.get("test_accuracy")},
    }
