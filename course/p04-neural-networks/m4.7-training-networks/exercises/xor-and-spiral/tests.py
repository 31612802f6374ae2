"""Graded by outcome: accuracy on held-out points that only this file knows."""

import math
import random

from fromzero.grading import Probe


def _xor(n, seed):
    rng = random.Random(seed)
    xs, ys = [], []
    while len(xs) < n:
        a, b = rng.uniform(-1, 1), rng.uniform(-1, 1)
        if abs(a) < 0.1 or abs(b) < 0.1:
            continue
        xs.append([round(a, 4), round(b, 4)])
        ys.append(1 if (a > 0) != (b > 0) else 0)
    return xs, ys


def _spiral(n, seed):
    """Two arms, each winding once around the middle, with a little noise."""
    rng = random.Random(seed)
    xs, ys = [], []
    for i in range(n):
        label = i % 2
        t = rng.uniform(0.15, 1.0)
        angle = t * 2 * math.pi + label * math.pi
        xs.append([round(t * math.cos(angle) + rng.uniform(-0.03, 0.03), 4),
                   round(t * math.sin(angle) + rng.uniform(-0.03, 0.03), 4)])
        ys.append(label)
    return xs, ys


XOR_TRAIN, XOR_TRAIN_Y = _xor(100, 4101)
XOR_TEST, XOR_TEST_Y = _xor(100, 4102)
SPIRAL_TRAIN, SPIRAL_TRAIN_Y = _spiral(120, 4201)
SPIRAL_TEST, SPIRAL_TEST_Y = _spiral(80, 4202)
GOAL = 0.95


def _judge(name, labels):
    def check(got):
        if not isinstance(got, (list, tuple)):
            return f"train_and_predict returned {type(got).__name__}; return a list with one label per test point."
        if len(got) != len(labels):
            return (f"train_and_predict returned {len(got)} labels for {len(labels)} test points; "
                    "return one label per test point, in order.")
        for g in got:
            if isinstance(g, bool) or g not in (0, 1):
                return (f"train_and_predict returned {g!r} for a point; return the label 0 or 1 for each test point.")
        right = sum(1 for g, t in zip(got, labels) if g == t)
        acc = right / len(labels)
        if acc < GOAL:
            return (f"Accuracy {acc:.2f} on the held-out {name} points is below {GOAL}. "
                    "Does your network have a hidden layer with an activation, enough neurons, and enough epochs?")
        return None
    return check


PROBES = [
    Probe(task=1, call="train_and_predict", args=(XOR_TRAIN, XOR_TRAIN_Y, XOR_TEST),
          name="train_and_predict on XOR points", check=_judge("XOR", XOR_TEST_Y)),
    Probe(task=2, call="train_and_predict", args=(SPIRAL_TRAIN, SPIRAL_TRAIN_Y, SPIRAL_TEST),
          name="train_and_predict on spiral points", check=_judge("spiral", SPIRAL_TEST_Y)),
]
MISTAKES = []
