import json
import math

import pytest

from fromzero.explain import UnknownConcept, explain, fmt
from fromzero.explain.golden import CASES, GOLDEN_DIR, build


def test_golden_files_match_what_python_produces_now():
    for concept, cases in build().items():
        on_disk = json.loads((GOLDEN_DIR / f"{concept}.json").read_text(encoding="utf-8"))
        assert on_disk == json.loads(json.dumps(cases)), (
            f"{concept}: regenerate with python -m fromzero.explain.golden --write")


def test_every_concept_has_golden_cases():
    from fromzero.explain import CONCEPTS

    assert set(CONCEPTS) <= set(CASES)


@pytest.mark.parametrize("value, shown", [
    (2.5, "2.5"), (3.0, "3"), (1 / 3, "0.3333"), (-1.25, "−1.25"), (0.0000454, "0.0000454"),
    (1.03125, "1.0313"), (-1.03125, "−1.0313"), (math.inf, "infinity"), (math.nan, "NaN"),
    (-7, "−7"), (1e-20, "0"), (0.1 + 0.2, "0.3"), (1e15 + 0.25, "1000000000000000.25"),
    (1e22, "10000000000000000000000"), (-2e200, "−" + str(int(2e200))),
])
def test_fmt_rounds_half_away_from_zero_like_javascript(value, shown):
    assert fmt(value) == shown


def test_neuron_follows_the_brief_example():
    steps = explain("neuron", x=5, w=0.5, b=1)
    assert [s.expr for s in steps[:2]] == ["5 × 0.5 = 2.5", "2.5 + 1 = 3.5"]
    assert steps[-1].value == 3.5


def test_weighted_sum_keeps_a_running_total():
    steps = explain("neuron_multi", inputs=[3, 7, 2], weights=[0.5, 0.3, 0.8], b=1)
    assert steps[-1].value == pytest.approx(6.2)
    assert "5.2 + 1 = 6.2" in steps[-1].expr


def test_sigmoid_of_zero_is_one_half():
    assert explain("sigmoid", x=0)[-1].value == 0.5


def test_sigmoid_of_a_huge_negative_number_does_not_crash():
    steps = explain("sigmoid", x=-800)
    assert steps[1].expr.endswith("infinity")
    assert steps[-1].value == 0.0


def test_relu_keeps_positives_and_zeroes_negatives():
    assert explain("relu", x=5)[-1].value == 5
    assert explain("relu", x=-3)[-1].value == 0
    assert explain("relu", x=0)[-1].value == 0


def test_complete_neuron_matches_the_brief():
    steps = explain("complete_neuron", inputs=[2, 5], weights=[0.4, 0.6], b=0.5)
    assert steps[-1].value == pytest.approx(1 / (1 + math.exp(-4.3)))


def test_mismatched_lengths_say_what_is_wrong():
    with pytest.raises(ValueError, match="one weight per input: got 3 inputs and 2 weights"):
        explain("weighted_sum", inputs=[1, 2, 3], weights=[1, 2])


def test_unknown_concept_lists_the_known_ones():
    with pytest.raises(UnknownConcept, match="sigmoid"):
        explain("sigmod", x=1)
