"""POST /api/predict/mnist: 28 x 28 numbers in, every step and ten probabilities out."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.training.recipes import shipped_path

pytestmark = pytest.mark.skipif(not shipped_path("mnist-mlp").is_file(),
                                reason="the shipped mnist-mlp model is not trained yet")


def test_predict_returns_the_steps_and_ten_probabilities(client):
    response = client.post("/api/predict/mnist", json={"pixels": [[0] * 28] * 28})
    assert response.status_code == 200
    body = response.json()
    names = [step["name"] for step in body["steps"]]
    assert names == ["pixels", "scaled", "normalised", "flattened", "logits", "probabilities"]
    shapes = {step["name"]: step["shape"] for step in body["steps"]}
    assert shapes["normalised"] == [28, 28] and shapes["flattened"] == [784]
    flat = body["steps"][3]["values"]
    assert len(flat) == 784 and flat[0] == pytest.approx((0 - 0.1307) / 0.3081, abs=1e-3)
    assert len(body["probabilities"]) == 10
    assert sum(body["probabilities"]) == pytest.approx(1.0, abs=1e-4)
    assert body["prediction"] == int(np.argmax(body["probabilities"]))


def test_predict_reads_a_real_test_digit(client):
    from fromzero import datasets

    if not datasets.is_prepared("mnist"):
        pytest.skip("run `fromzero datasets prepare mnist` to include this test")
    data = datasets.load("mnist")
    right = 0
    for i in range(20):
        body = client.post("/api/predict/mnist",
                           json={"pixels": data["x_test"][i].tolist()}).json()
        right += body["prediction"] == int(data["y_test"][i])
    assert right >= 19


@pytest.mark.parametrize(("pixels", "words"), [
    ([[0] * 27] * 28, "28 rows of 28 numbers"),
    ([[0] * 28] * 3, "28 rows of 28 numbers"),
    ([[300] * 28] * 28, "from 0 (black) to 255 (white)"),
    ([[-1] * 28] * 28, "from 0 (black) to 255 (white)"),
])
def test_a_bad_image_is_a_422_that_says_what_is_wrong(client, pixels, words):
    response = client.post("/api/predict/mnist", json={"pixels": pixels})
    assert response.status_code == 422
    assert words in response.json()["detail"]


def _stroke_one() -> list[list[int]]:
    """A synthetic 1: a vertical bar three pixels wide down the middle of the image."""
    image = [[0] * 28 for _ in range(28)]
    for row in range(5, 23):
        for col in (13, 14, 15):
            image[row][col] = 255
    return image


def test_cnn_returns_feature_maps_with_their_shapes(client):
    response = client.post("/api/predict/mnist-cnn", json={"pixels": [[0] * 28] * 28})
    assert response.status_code == 200
    body = response.json()
    layers = {layer["name"]: layer for layer in body["layers"]}
    assert list(layers) == ["conv1", "conv2", "dense", "probabilities"]
    c1, c2 = body["model"]["channels"]
    hidden = body["model"]["hidden"]
    assert layers["conv1"]["shape"] == [c1, 13, 13]
    assert layers["conv2"]["shape"] == [c2, 5, 5]
    assert layers["dense"]["shape"] == [hidden]
    assert np.asarray(layers["conv1"]["values"]).shape == (c1, 13, 13)
    assert np.asarray(layers["conv2"]["values"]).shape == (c2, 5, 5)
    assert len(layers["dense"]["values"]) == hidden
    # after ReLU and max pooling nothing is below zero; values are rounded to 3 decimals
    conv1 = np.asarray(layers["conv1"]["values"])
    assert conv1.min() >= 0
    assert np.allclose(conv1, np.round(conv1, 3))
    assert sum(body["probabilities"]) == pytest.approx(1.0, abs=1e-4)
    assert body["prediction"] == int(np.argmax(body["probabilities"]))
    assert body["model"]["parameters"] > 0


def test_cnn_reads_a_synthetic_one(client):
    body = client.post("/api/predict/mnist-cnn", json={"pixels": _stroke_one()}).json()
    assert body["prediction"] == 1


def test_cnn_reads_real_test_digits(client):
    from fromzero import datasets

    if not datasets.is_prepared("mnist"):
        pytest.skip("run `fromzero datasets prepare mnist` to include this test")
    data = datasets.load("mnist")
    right = 0
    for i in range(20):
        body = client.post("/api/predict/mnist-cnn",
                           json={"pixels": data["x_test"][i].tolist()}).json()
        right += body["prediction"] == int(data["y_test"][i])
    assert right >= 19


@pytest.mark.parametrize(("pixels", "words"), [
    ([[0] * 27] * 28, "28 rows of 28 numbers"),
    ([[300] * 28] * 28, "from 0 (black) to 255 (white)"),
])
def test_cnn_bad_image_is_a_422(client, pixels, words):
    response = client.post("/api/predict/mnist-cnn", json={"pixels": pixels})
    assert response.status_code == 422
    assert words in response.json()["detail"]
