"""Read IDX files, the simple binary format MNIST and Fashion-MNIST are stored in.

An IDX file is a 4-byte header, one 4-byte size per dimension, then the numbers:

    00 00 08 03 | 00 00 EA 60 | 00 00 00 1C | 00 00 00 1C | pixels...
    zero  uint8 3 dims   60000         28            28

All sizes and numbers are big-endian ("most significant byte first"). This reader does not
write IDX files; tests make their own with `encode_idx`.
"""

from __future__ import annotations

import gzip
import struct

import numpy as np

from fromzero.datasets.errors import DatasetError

# The third header byte says what one number is. '>' means big-endian.
IDX_TYPES: dict[int, np.dtype] = {
    0x08: np.dtype("u1"),
    0x09: np.dtype("i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
GZIP_MAGIC = b"\x1f\x8b"


def parse_idx(data: bytes, label: str = "IDX data") -> np.ndarray:
    """Turn the bytes of an IDX file (gzip or not) into an array with the stored shape.

    parse_idx(bytes([0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6]))
    -> array([[1, 2, 3], [4, 5, 6]], dtype=uint8)
    """
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    if len(data) < 4 or data[0] != 0 or data[1] != 0 or data[2] not in IDX_TYPES:
        raise DatasetError(
            f"{label} is not an IDX file (it starts with bytes {list(data[:4])}).",
            "an IDX header: two zero bytes, a type byte (8 for uint8), then the number of "
            "dimensions.",
            "prepare the dataset again; the download may have been replaced by an error page.",
        )
    dtype = IDX_TYPES[data[2]]
    ndim = data[3]
    header = 4 + 4 * ndim
    shape = struct.unpack(f">{ndim}I", data[4:header])
    count = int(np.prod(shape, dtype=np.int64))
    body = len(data) - header
    if body != count * dtype.itemsize:
        raise DatasetError(
            f"{label} holds {body} bytes of numbers, but its header promises shape {shape}.",
            f"{count * dtype.itemsize} bytes after the header.",
            "the file is cut short or padded; prepare the dataset again.",
        )
    array = np.frombuffer(data, dtype=dtype, count=count, offset=header).reshape(shape)
    # Convert to the machine's own byte order (and a writable copy) so later maths is fast.
    return array.astype(dtype.newbyteorder("="))


def encode_idx(array: np.ndarray) -> bytes:
    """The inverse of parse_idx, used by tests to make tiny IDX files.

    encode_idx(np.array([7, 2], dtype=np.uint8))
    -> b'\\x00\\x00\\x08\\x01' + b'\\x00\\x00\\x00\\x02' + b'\\x07\\x02'
    """
    codes = {dtype.newbyteorder("="): code for code, dtype in IDX_TYPES.items()}
    native = array.dtype.newbyteorder("=")
    if native not in codes:
        raise ValueError(
            f"IDX cannot store dtype {array.dtype}; use one of uint8, int8, "
            "int16, int32, float32, float64."
        )
    big_endian = array.astype(native.newbyteorder(">"))
    header = bytes([0, 0, codes[native], array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + big_endian.tobytes()
