"""Part 1's worked examples give the right answers, not only the same text as their golden files."""

import math
import statistics

import numpy as np
import pytest

from fromzero.explain import explain
from fromzero.explain.numbers import big, shortest, stored


def final(concept, **inputs):
    return explain(concept, **inputs)[-1].value


@pytest.mark.parametrize("n", range(300))
def test_binary_round_trip(n):
    bits = format(n, "b")
    assert final("to_binary", n=n) == float(bits)
    assert final("from_binary", bits=bits) == n


def test_binary_shows_pairs_and_leftovers():
    steps = explain("to_binary", n=13)
    assert [s.expr for s in steps] == [
        "13 = 2 × 6 + 1", "6 = 2 × 3 + 0", "3 = 2 × 1 + 1", "1 = 2 × 0 + 1", "13 → 1101"]


def test_binary_rejects_what_it_cannot_show():
    with pytest.raises(ValueError, match="whole number"):
        explain("to_binary", n=2.5)
    with pytest.raises(ValueError, match="only the digits 0 and 1"):
        explain("from_binary", bits="102")


def test_float_sum_shows_the_famous_surprise():
    steps = explain("float_sum", a=0.1, b=0.2)
    assert steps[-1].expr == "print → 0.30000000000000004"
    assert stored(0.1) == "0.10000000000000000555"
    assert shortest(3.0) == "3"


def test_overflow_reaches_infinity_then_nan():
    steps = explain("overflow", x=1e306, factor=10, times=3)
    assert math.isinf(steps[-2].value)
    assert math.isnan(steps[-1].value)
    assert big(1e308) == "1 × 10^308"


@pytest.mark.parametrize("base,exponent", [(2, 3), (5, 0), (2, -3), (0.5, 4), (-3, 3), (1.1, 7)])
def test_power(base, exponent):
    assert final("power", base=base, exponent=exponent) == pytest.approx(base**exponent)


@pytest.mark.parametrize("x", [0, 0.01, 0.25, 1, 2, 9, 144, 12345.678])
def test_sqrt_by_guessing_matches_math(x):
    assert final("sqrt", x=x) == pytest.approx(math.sqrt(x), rel=1e-12, abs=1e-12)


def test_sqrt_of_a_negative_number_is_explained():
    with pytest.raises(ValueError, match="no square root"):
        explain("sqrt", x=-4)


def test_machine_follows_rules_in_order():
    assert final("machine", x=3, rules=["× 2", "+ 1"]) == 7
    assert final("machine", x=3, rules=["+ 1", "* 2"]) == 8
    assert final("machine", x=-2, rules=["^ 2"]) == 4
    with pytest.raises(ValueError, match="cannot divide by 0"):
        explain("machine", x=1, rules=["÷ 0"])
    with pytest.raises(ValueError, match="starts with one of"):
        explain("machine", x=1, rules=["double"])


def test_lines():
    assert final("line_point", m=2, c=1, x=3) == 7
    assert [s.value for s in explain("line_table", m=-1, c=3, xs=[-2, 0, 2])] == [5, 3, 1]


def test_vectors():
    assert final("dot", a=[1, 2, 3], b=[4, 5, 6]) == 32
    assert final("vector_length", v=[3, 4]) == 5
    with pytest.raises(ValueError, match="same length"):
        explain("dot", a=[1, 2, 3], b=[4, 5])


def test_matmul_matches_numpy():
    a, b = [[1, 2, 0.5], [3, -4, 2]], [[5, 6], [7, 8], [-1, 0.25]]
    steps = explain("matmul", a=a, b=b)
    want = np.array(a) @ np.array(b)
    assert [s.value for s in steps[:-1]] == pytest.approx(want.ravel().tolist())
    for r in (1, 2):
        for c in (1, 2):
            assert final("matmul_entry", a=a, b=b, row=r, col=c) == pytest.approx(want[r - 1, c - 1])
    with pytest.raises(ValueError, match="as many numbers as B has rows"):
        explain("matmul", a=[[1, 2, 3]], b=[[1, 2], [3, 4]])


def test_e_and_logs():
    assert final("e_limit", n=1) == 2
    assert final("e_limit", n=1_000_000) == pytest.approx(math.e, abs=1e-5)
    assert final("exp", x=2) == pytest.approx(math.e**2)
    assert final("log", x=8, base=2) == 3
    assert final("log", x=1000, base=10) == 3
    assert final("log", x=50, base=10) == pytest.approx(math.log10(50))
    assert final("log", x=10, base="e") == pytest.approx(math.log(10))
    with pytest.raises(ValueError, match="bigger than 0"):
        explain("log", x=0, base=10)


@pytest.mark.parametrize("values", [[2, 4, 9], [5], [1.5, 2.5, -1, 3], [10, 20, 30, 40]])
def test_mean_variance_std(values):
    assert final("mean", values=values) == pytest.approx(statistics.fmean(values))
    assert final("variance", values=values) == pytest.approx(statistics.pvariance(values))
    assert final("std", values=values) == pytest.approx(statistics.pstdev(values))


@pytest.mark.parametrize("text,want", [
    ("2 + 3 × 4", 14), ("(2 + 3) × 4", 20), ("2 ^ 3 ^ 2", 512), ("10 - 4 - 3", 3),
    ("12 ÷ 4 × 3", 9), ("-3^2", -9), ("√(3 × 3 + 4 × 4)", 5), ("2 × (3 + √16) ^ 2", 98), ("7", 7),
])
def test_calculator_follows_the_order_of_operations(text, want):
    assert final("calculate", expression=text) == pytest.approx(want)


@pytest.mark.parametrize("text,message", [
    ("1 ÷ 0", "divide by 0"), ("2 +", "stops too soon"), ("(2 + 3", "never closed"),
    ("__import__('os')", "I can only read"), ("", "Type a sum"), ("√-4", "no square root"),
])
def test_calculator_explains_what_it_cannot_do(text, message):
    with pytest.raises(ValueError, match=message):
        explain("calculate", expression=text)
