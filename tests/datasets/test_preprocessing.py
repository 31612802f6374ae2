"""The worked examples in the helpers' docstrings, checked, and their explanation steps."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero import datasets
from fromzero.datasets import preprocessing


def test_normalise_divides_pixels_by_255():
    out = datasets.normalise(np.array([0, 51, 255], dtype=np.uint8))
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, [0.0, 0.2, 1.0])


def test_normalise_with_another_scale():
    np.testing.assert_allclose(datasets.normalise(np.array([0, 8, 16]), high=16), [0, 0.5, 1])


def test_normalise_refuses_an_empty_scale():
    with pytest.raises(ValueError, match="high > low"):
        datasets.normalise(np.array([1]), low=3, high=3)


def test_flatten_lays_rows_end_to_end():
    assert datasets.flatten(np.zeros((2, 28, 28))).shape == (2, 784)
    assert datasets.flatten(np.array([[[1, 2], [3, 4]]])).tolist() == [[1, 2, 3, 4]]
    assert datasets.flatten(np.zeros((5, 32, 32, 3))).shape == (5, 3072)


def test_flatten_of_one_image_says_how_to_add_the_batch_axis():
    with pytest.raises(ValueError, match=r"image\[None\]"):
        datasets.flatten(np.zeros(4))


def test_one_hot_puts_a_single_one_at_the_label():
    out = datasets.one_hot(np.array([2, 0]), 3)
    assert out.dtype == np.float32
    assert out.tolist() == [[0, 0, 1], [1, 0, 0]]
    assert datasets.one_hot(np.array([1, 3])).shape == (2, 4)  # classes inferred: 0..3


def test_one_hot_names_a_label_that_does_not_fit():
    with pytest.raises(ValueError, match="label 5 but only 3 classes"):
        datasets.one_hot(np.array([5]), 3)


def test_batches_cover_every_example_once():
    x = np.arange(10)
    sizes = [len(b) for b, _ in datasets.batches(x, x, 4)]
    assert sizes == [4, 4, 2]
    seen = np.concatenate([b for b, _ in datasets.batches(x, x * 10, 4, seed=1)])
    assert sorted(seen.tolist()) == list(range(10))
    for bx, by in datasets.batches(x, x * 10, 3):
        assert (by == bx * 10).all()  # examples and labels stay paired after shuffling


def test_explain_normalise_ends_with_the_helper_result():
    steps = datasets.explain_normalise(51)
    assert [s.expr for s in steps][-1] == "51 ÷ 255 = 0.2"
    assert steps[-1].value == pytest.approx(float(datasets.normalise(np.array([51]))[0]))


def test_explain_flatten_finds_the_same_position_as_flatten():
    steps = datasets.explain_flatten(row=3, col=5)
    assert steps[0].expr == "28 × 28 = 784"
    image = np.zeros((1, 28, 28))
    image[0, 3, 5] = 1
    assert int(steps[-1].value) == int(np.argmax(datasets.flatten(image)[0])) == 89


def test_explain_one_hot_shows_the_row():
    steps = datasets.explain_one_hot(3, 4)
    assert [s.expr for s in steps[:2]] == ["[0, 0, 0, 0]", "[0, 0, 0, 1]"]
    with pytest.raises(ValueError, match="labels are 0 to 3"):
        datasets.explain_one_hot(4, 4)


def test_every_explainer_returns_steps_that_serialise():
    for name, explain in preprocessing.EXPLAINERS.items():
        steps = explain()
        assert steps, name
        assert all(s.to_dict()["text"] for s in steps)
