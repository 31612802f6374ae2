"""Batches and epochs (m5.3): the counts, one batch's gradient and the confusion matrix."""

import pytest

from fromzero.explain import explain
from fromzero.explain.batches import confusion_table


def _values(concept, **inputs):
    return [s.value for s in explain(concept, **inputs)]


def test_sixty_thousand_in_batches_of_32_is_1875_batches_and_18750_updates_in_10_epochs():
    assert _values("batch_count", n=60000, batch_size=32, epochs=10) == [1875, 32, 1875, 18750]


def test_a_left_over_makes_one_smaller_last_batch():
    assert _values("batch_count", n=1000, batch_size=64, epochs=10) == [15, 40, 16, 160]
    assert explain("batch_count", n=1000, batch_size=64, show="last")[-1].value == 40
    assert explain("batch_count", n=5, batch_size=32, show="batches")[-1].value == 1


@pytest.mark.parametrize("bad", [{"n": 0, "batch_size": 4}, {"n": 10, "batch_size": 2.5},
                                 {"n": 10, "batch_size": 4, "show": "all"}])
def test_batch_count_refuses_impossible_inputs(bad):
    with pytest.raises(ValueError):
        explain("batch_count", **bad)


def test_the_mean_gradient_is_the_slope_of_the_mean_loss():
    steps = explain("batch_gradient", data=[[1, 2], [2, 4], [3, 5]], w=1)
    nudge = next(s.value for s in steps if s.text.startswith("Nudge"))
    assert steps[-1].value == pytest.approx(-22 / 3)
    assert nudge == pytest.approx(steps[-1].value, abs=1e-3)


def test_one_update_steps_against_the_mean_gradient():
    assert explain("batch_gradient", gradients=[2, -4, 5])[-1].value == pytest.approx(1)
    new_w = explain("batch_gradient", data=[[1, 2], [2, 4], [3, 5]], w=1, lr=0.05)[-1].value
    assert new_w == pytest.approx(1 + 0.05 * 22 / 3)


def test_confusion_matrix_rows_are_true_classes_and_columns_predictions():
    labels, said, classes = [1, 4, 4, 7, 9, 9, 9, 7], [1, 4, 9, 1, 9, 4, 9, 7], [1, 4, 7, 9]
    assert confusion_table(labels, said, classes) == [
        [1, 0, 0, 0], [0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 2]]
    steps = explain("confusion_matrix", labels=labels, predictions=said, classes=classes)
    assert steps[-1].value == 5  # the diagonal: right answers
    cell = explain("confusion_matrix", labels=labels, predictions=said, classes=classes,
                   row=7, col=1)
    assert cell[-1].value == 1


def test_confusion_matrix_names_a_label_that_is_not_a_class():
    with pytest.raises(ValueError, match="not one of the classes"):
        explain("confusion_matrix", labels=[3], predictions=[5], classes=[3])
