"""The embedding-map demo's data file is what the shipped char-gpt model really holds."""

import numpy as np
import pytest

from fromzero.explain import char_embeddings


def test_nearest_keeps_vocabulary_order_on_ties_and_skips_itself():
    table = np.array([[1.0, 0.0], [2.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    near = char_embeddings.nearest(table, k=2)
    assert [j for j, _ in near[0]] == [1, 2]  # 1 and 2 tie at 1.0: the earlier id comes first
    assert near[3][0][1] == pytest.approx(0.0)


def test_projection_puts_opposite_rows_on_opposite_sides():
    table = np.array([[1.0, 0.0, 0.0], [-1.0, 0.0, 0.0], [0.0, 0.5, 0.0], [0.0, -0.5, 0.0]])
    points, shares = char_embeddings.project(table)
    assert points[0, 0] == pytest.approx(-points[1, 0])
    assert shares[0] > shares[1]


def test_data_file_matches_the_shipped_model():
    if not char_embeddings.model_file().is_file():
        pytest.skip("the shipped char-gpt model is not here")
    vocab, table = char_embeddings.load_table()
    text = char_embeddings.DATA_FILE.read_text(encoding="utf-8")
    assert text == char_embeddings.render(vocab, table), (
        "regenerate with python -m fromzero.explain.char_embeddings --write")
