"""IDX parsing on tiny files written byte by byte, so the test does not trust our encoder."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest

from fromzero.datasets.errors import DatasetError
from fromzero.datasets.idx import encode_idx, parse_idx


def test_tiny_uint8_image_file_parses_to_its_shape_and_values(tmp_path):
    # Two 2×3 "images": magic 00 00 08 03, sizes 2, 2, 3, then 12 pixel bytes.
    header = bytes([0, 0, 0x08, 3]) + struct.pack(">III", 2, 2, 3)
    path = tmp_path / "tiny-images-idx3-ubyte"
    path.write_bytes(header + bytes(range(12)))
    images = parse_idx(path.read_bytes())
    assert images.dtype == np.uint8
    assert images.shape == (2, 2, 3)
    assert images[1, 0].tolist() == [6, 7, 8]


def test_label_file_with_one_dimension():
    data = bytes([0, 0, 0x08, 1]) + struct.pack(">I", 4) + bytes([7, 2, 1, 0])
    assert parse_idx(data).tolist() == [7, 2, 1, 0]


def test_gzipped_file_is_read_the_same():
    data = bytes([0, 0, 0x08, 1]) + struct.pack(">I", 2) + bytes([9, 4])
    assert parse_idx(gzip.compress(data)).tolist() == [9, 4]


def test_big_endian_int32_is_converted_to_native_order():
    data = bytes([0, 0, 0x0C, 1]) + struct.pack(">I", 2) + struct.pack(">ii", 1, -300)
    values = parse_idx(data)
    assert values.tolist() == [1, -300]
    assert values.dtype.isnative


def test_encode_then_parse_gives_the_array_back():
    array = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
    np.testing.assert_array_equal(parse_idx(encode_idx(array)), array)


def test_not_an_idx_file_says_what_was_expected():
    with pytest.raises(DatasetError) as info:
        parse_idx(b"<html>Not found</html>", label="train-images")
    assert "train-images is not an IDX file" in str(info.value)
    assert "Expected:" in str(info.value)


def test_cut_short_file_names_the_promised_shape():
    data = bytes([0, 0, 0x08, 2]) + struct.pack(">II", 2, 2) + bytes([1, 2, 3])
    with pytest.raises(DatasetError, match=r"header promises shape \(2, 2\)"):
        parse_idx(data)
