"""Bad input gets an error a beginner can act on: what happened, what was expected."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.scratch import checkpoint, nn
from fromzero.scratch import functional as F
from fromzero.scratch.tensor import Tensor


def test_matmul_mismatch_names_both_shapes_and_the_op():
    a = Tensor(np.zeros((32, 784)))
    b = Tensor(np.zeros((128, 64)))
    with pytest.raises(ValueError) as err:
        a @ b
    assert "matmul: (32, 784) @ (128, 64) — inner sizes 784 and 128 differ" in str(err.value)


def test_broadcast_mismatch_names_both_shapes_and_the_op():
    with pytest.raises(ValueError, match=r"add: shapes \(3, 4\) and \(5,\) cannot be broadcast"):
        Tensor(np.zeros((3, 4))) + Tensor(np.zeros(5))


def test_linear_with_wrong_input_size_says_what_it_expected():
    layer = nn.Linear(784, 128)
    with pytest.raises(ValueError, match=r"linear: input \(2, 100\).*expects 784 features"):
        layer(Tensor(np.zeros((2, 100), dtype=np.float32)))


def test_reshape_to_wrong_count_explains():
    with pytest.raises(ValueError, match=r"reshape: cannot view shape \(2, 3\) \(6 numbers\)"):
        Tensor(np.zeros((2, 3))).reshape(4, 2)


def test_cross_entropy_with_mismatched_targets_names_shapes():
    with pytest.raises(ValueError, match=r"logits \(4, 10\) and targets \(3,\)"):
        F.cross_entropy(Tensor(np.zeros((4, 10))), np.zeros(3, dtype=int))


def test_conv2d_with_wrong_channels_says_expected_layout():
    conv = nn.Conv2d(1, 8, 3)
    with pytest.raises(ValueError, match=r"expected input \(B, 1, H, W\)"):
        conv(Tensor(np.zeros((2, 3, 28, 28), dtype=np.float32)))


def test_nan_in_loss_says_where_it_first_appeared():
    w = Tensor(np.array([[1.0, -1.0]]), requires_grad=True)
    x = Tensor(np.array([[0.5, 2.0]]))
    with np.errstate(invalid="ignore"), pytest.raises(FloatingPointError) as err:
        h = (x * w).log()  # log of a negative number: NaN appears here
        F.cross_entropy(h, np.array([0]))
    message = str(err.value)
    assert "NaN first appeared in the output of 'log'" in message
    assert "learning rate" in message


def test_nan_in_input_data_is_blamed_on_the_data():
    pred = Tensor(np.array([1.0, np.nan]), requires_grad=True)
    with pytest.raises(FloatingPointError, match="NaN first appeared in the input data"):
        F.mse_loss(pred, np.zeros(2))


def test_loading_a_file_that_is_not_npz_says_what_was_expected(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(ValueError, match="expected a .npz file written by fromzero.scratch.save"):
        checkpoint.load(path)


def test_loading_an_npz_from_elsewhere_says_what_was_expected(tmp_path):
    path = tmp_path / "other.npz"
    np.savez(path, weights=np.zeros(3))
    with pytest.raises(ValueError, match=r"no '__format__' entry.*expected a .npz file"):
        checkpoint.load(path)


def test_loading_into_a_differently_built_model_names_the_layer(tmp_path):
    path = tmp_path / "model.npz"
    checkpoint.save(path, nn.Sequential(nn.Linear(4, 3)), {"sizes": [4, 3]})
    with pytest.raises(ValueError, match=r"'0.weight' has shape \(3, 4\) in the file"):
        checkpoint.load_into(nn.Sequential(nn.Linear(5, 3)), path)


def test_save_and_load_round_trip_keeps_weights_and_config(tmp_path):
    path = tmp_path / "model.npz"
    model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
    checkpoint.save(path, model, {"sizes": [4, 3, 2]})
    fresh = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
    config = checkpoint.load_into(fresh, path)
    assert config == {"sizes": [4, 3, 2]}
    for (_, a), (_, b) in zip(model.named_parameters(), fresh.named_parameters()):
        np.testing.assert_array_equal(a.data, b.data)
