"""Golden files: for each concept, chosen inputs and the steps Python produces for them.

pytest checks that Python still produces them; Vitest checks that the TypeScript mirror in
`web/src/explain/` produces the very same text. Regenerate with
`python -m fromzero.explain.golden --write` after changing a concept on purpose.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from fromzero.explain import explain, steps_to_json

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "tests" / "golden" / "explain"

# The made-up rhyme that m7.1 (text as numbers) counts pairs in, also the bigram-table demo's start.
TRAIN_TEXT = "the cat sat on the mat.\nthe dog ran to the log.\nthe hen hid in the pen.\n"

# Inputs chosen to cover the interesting cases: the brief's examples, negatives, zero,
# values that need rounding, and numbers big enough to overflow e^x.
# Part 7 (m7.3): the lesson's LSTM step, and the LSTM of the memory race.
_LESSON_LSTM = {"w_f": 1, "u_f": 1, "b_f": 0, "w_i": 0.5, "u_i": -1, "b_i": 0,
                "w_g": 1, "u_g": 1, "b_g": -0.5, "w_o": 2, "u_o": 0, "b_o": -1}
_REMEMBER_LSTM = {"w_f": 0, "u_f": 0, "b_f": 5, "w_i": 10, "u_i": 0, "b_i": -5,
                  "w_g": 3, "u_g": 0, "b_g": 0, "w_o": 0, "u_o": 0, "b_o": 0}
# Part 8 (m8.2): the lesson's three words "the", "cat", "sat" and its three 2 by 2 matrices.
_SA_X = [[1, 0], [0, 1], [1, 1]]
_SA_WQ = [[1, 1], [0, 1]]
_SA_WK = [[1, 0], [1, 1]]
_SA_WV = [[2, 0], [0, 1]]

# Part 8 (m8.1): the made-up word vectors of the attention lesson.
_CAT, _SAT, _MAT = [0.5, 0.8, 0.2], [0.3, 0.4, 0.9], [0.7, 0.2, 0.5]
_CAT_SAT_MAT = [_CAT, _SAT, _MAT]

# Part 8 (m8.3): the multi-head lesson's three tokens (4 numbers each), two heads of 2, and W_o.
# As in m8.2, each matrix has one row per number it makes (q = W_q · x, out = W_o · glued).
_MH_X = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]]
_MH_HEAD1 = {"w_q": [[1, 0, 1, 0], [0, 1, 0, 0]], "w_k": [[0, 1, 0, 1], [1, 0, 0, 1]],
             "w_v": [[1, 0, 0, 1], [0, 1, -1, 0]]}
_MH_HEAD2 = {"w_q": [[1, 0, 1, 0], [0, 0, 0, 2]], "w_k": [[1, 0, 1, 0], [0, -1, 0, 2]],
             "w_v": [[0, 1, 0, 1], [1, 0, 1, 0]]}
_MH_WO = [[1, 0, 0, 1], [0, 1, 0, 0], [1, 0, 1, 0], [0, 0, 1, -1]]

# Part 9 (m9.2): the embeddings lesson's table: one row per token (the, cat, dog, sat), 3 wide.
_EMB_TABLE = [[0.1, -0.5, 0.2], [0.9, 0.3, -0.2], [0.8, 0.4, -0.1], [-0.3, 0.7, 0.6]]

# Part 9 (m9.5): the four next words the generation lesson chooses from, after "I like to eat".
_MENU = ["cake", "pizza", "soup", "rocks"]

CASES: dict[str, list[dict]] = {
    "neuron": [
        {"x": 5, "w": 0.5, "b": 1}, {"x": 0, "w": 2, "b": -2}, {"x": 7.3, "w": -1.25, "b": 0.4},
        {"x": 10, "w": -2, "b": 2}, {"x": 3, "w": 0.1, "b": 0.2}, {"x": 1.03125, "w": 1, "b": 0},
    ],
    "weighted_sum": [
        {"inputs": [3, 7, 2], "weights": [0.5, 0.3, 0.8]},
        {"inputs": [5, 2, 8], "weights": [0.2, 0.5, 0.1]},
        {"inputs": [-1.5, 4], "weights": [2, -0.25]},
        {"inputs": [], "weights": []},
    ],
    "neuron_multi": [
        {"inputs": [3, 7, 2], "weights": [0.5, 0.3, 0.8], "b": 1},
        {"inputs": [5, 2, 8], "weights": [0.2, 0.5, 0.1], "b": 0.5},
        {"inputs": [1, -1], "weights": [-0.6, 0.9], "b": -0.35},
    ],
    "sigmoid": [
        {"x": 2}, {"x": 0}, {"x": -3}, {"x": 5}, {"x": -5}, {"x": 10}, {"x": -10},
        {"x": 4.3}, {"x": 0.25}, {"x": -800}, {"x": 800},
    ],
    "relu": [{"x": 5}, {"x": -3}, {"x": 0}, {"x": 0.75}, {"x": -0.001}],
    "complete_neuron": [
        {"inputs": [2, 5], "weights": [0.4, 0.6], "b": 0.5, "activation": "sigmoid"},
        {"inputs": [2, 5], "weights": [0.4, 0.6], "b": 0.5, "activation": "relu"},
        {"inputs": [1, 2, 3], "weights": [-0.5, 0.25, -0.75], "b": 0.1, "activation": "relu"},
        {"inputs": [1, 2, 3], "weights": [-0.5, 0.25, -0.75], "b": 0.1, "activation": "sigmoid"},
    ],
    # Part 1: the basics
    "to_binary": [{"n": 13}, {"n": 0}, {"n": 1}, {"n": 2}, {"n": 255}, {"n": 1000}, {"n": 65}],
    "from_binary": [{"bits": "1101"}, {"bits": "0"}, {"bits": "11111111"}, {"bits": "1000001"},
                    {"bits": "00101"}],
    "float_sum": [{"a": 0.1, "b": 0.2}, {"a": 0.5, "b": 0.25}, {"a": 1, "b": 2}, {"a": 0.1, "b": 0.7},
                  {"a": -0.3, "b": 0.1}, {"a": 1000.1, "b": 0.2}],
    "overflow": [{"x": 1e306, "factor": 10, "times": 3}, {"x": 2, "factor": 2, "times": 4},
                 {"x": 1e300, "factor": 1e5, "times": 3}, {"x": -1e308, "factor": 10, "times": 1},
                 {"x": 5, "factor": 3, "times": 0}],
    "power": [{"base": 2, "exponent": 3}, {"base": 5, "exponent": 2}, {"base": 7, "exponent": 0},
              {"base": 2, "exponent": -3}, {"base": 0.5, "exponent": 4}, {"base": -3, "exponent": 3},
              {"base": 10, "exponent": 1}, {"base": 1.1, "exponent": 5}],
    "sqrt": [{"x": 9}, {"x": 2}, {"x": 0}, {"x": 1}, {"x": 0.25}, {"x": 144}, {"x": 1000000},
             {"x": 0.01}],
    "machine": [{"x": 3, "rules": ["× 2"]}, {"x": 3, "rules": ["× 2", "+ 1"]},
                {"x": 10, "rules": ["÷ 4", "− 0.5"]}, {"x": -2, "rules": ["^ 2", "* 3", "- 1"]},
                {"x": 5, "rules": []}, {"x": 1.5, "rules": ["/ 3", "+ -1"]}],
    "line_point": [{"m": 2, "c": 0, "x": 3}, {"m": 2, "c": 1, "x": 3}, {"m": -0.5, "c": 4, "x": 6},
                   {"m": 0, "c": 2.5, "x": -3}, {"m": 1.5, "c": -2, "x": 0}],
    "line_table": [{"m": 2, "c": 0, "xs": [0, 1, 2, 3]}, {"m": -1, "c": 3, "xs": [-2, 0, 2]},
                   {"m": 0.5, "c": 1, "xs": [1.5]}],
    "dot": [{"a": [1, 2, 3], "b": [4, 5, 6]}, {"a": [3, 7, 2], "b": [0.5, 0.3, 0.8]},
            {"a": [2, -1], "b": [1, 2]}, {"a": [4], "b": [2.5]}, {"a": [0.1, 0.2], "b": [0.3, -0.4]}],
    "vector_length": [{"v": [3, 4]}, {"v": [1, 1]}, {"v": [-2, 1, 2]}, {"v": [5]}],
    "matmul": [{"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]},
               {"a": [[1, 2, 3]], "b": [[4], [5], [6]]},
               {"a": [[2, 0], [0, 2], [1, -1]], "b": [[3], [4]]},
               {"a": [[0.5, -1], [2, 0.25]], "b": [[1, 0], [0, 1]]}],
    "matmul_entry": [{"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]], "row": 2, "col": 1},
                     {"a": [[1, 2, 3]], "b": [[4], [5], [6]], "row": 1, "col": 1}],
    "e_limit": [{"n": 1}, {"n": 2}, {"n": 12}, {"n": 365}, {"n": 1000000}],
    "exp": [{"x": 1}, {"x": 2}, {"x": 0}, {"x": -1}, {"x": 3}, {"x": 0.5}, {"x": -2}, {"x": 800},
            {"x": 5}],
    "log": [{"x": 8, "base": 2}, {"x": 1000, "base": 10}, {"x": 1, "base": 10}, {"x": 50, "base": 10},
            {"x": 0.5, "base": 2}, {"x": 2.718281828459045, "base": "e"}, {"x": 10, "base": "e"},
            {"x": 81, "base": 3}, {"x": 0.01, "base": 10}],
    "mean": [{"values": [2, 4, 9]}, {"values": [5]}, {"values": [1.5, 2.5, -1, 3]},
             {"values": [10, 20, 30, 40]}],
    "variance": [{"values": [2, 4, 9]}, {"values": [5, 5, 5]}, {"values": [1, 2, 3, 4]},
                 {"values": [-1, 1]}, {"values": [0.5, 1.5, 4]}],
    "std": [{"values": [2, 4, 9]}, {"values": [-1, 1]}, {"values": [1, 2, 3, 4]}],
    "calculate": [{"expression": e} for e in [
        "2 + 3 × 4", "(2 + 3) × 4", "2^3", "√9 + 1", "10 - 4 - 3", "2 ^ 3 ^ 2", "-3 × 2", "-(2+3)",
        "12 ÷ 4 × 3", "7", "2 × (3 + √16) ^ 2", "1.5 * 4 / 3", "-3^2", "2 ^ -1", "√2", "0.1 + 0.2",
        "3 x 3 - 1", "√(3 × 3 + 4 × 4)", "10 ÷ 4", "√−0"]],
    # Part 3: teaching a neuron to learn
    "error": [{"prediction": 0.5, "target": 0.8}, {"prediction": 3, "target": 2},
              {"prediction": 1.5, "target": 1.5}, {"prediction": -2, "target": -0.5}],
    "squared_error": [{"prediction": 0.5, "target": 0.8}, {"prediction": 0.7, "target": 0.8},
                      {"prediction": 0.8, "target": 0.8}, {"prediction": -1, "target": 2.5}],
    "neuron_error": [{"inputs": [2, 3], "weights": [0.1, 0.1], "b": 0, "target": 0.8},
                     {"inputs": [1, -2], "weights": [0.5, 0.25], "b": 1, "target": -1}],
    "mse": [{"predictions": [0.5, 0.7, 0.8], "targets": [0.8, 0.8, 0.8]},
            {"predictions": [3], "targets": [1]}, {"predictions": [1, -1, 2.5], "targets": [0, 1, 2]}],
    "data_loss": [{"data": [[2, 4], [3, 6], [5, 10], [1, 2]], "w": 1.5},
                  {"data": [[2, 4], [-1, 3]], "w": -0.5, "b": -1}, {"data": [[1, 2]], "w": 2}],
    "curve_value": [{"terms": [[1, 2]], "x": 3}, {"terms": [[3, 2], [-2, 1], [5, 0]], "x": -2},
                    {"terms": [[-1, 3], [0.5, 1]], "x": 1.5}, {"terms": [[7, 0]], "x": 4}],
    "rise_over_run": [{"x1": 1, "y1": 2, "x2": 3, "y2": 6}, {"x1": 0, "y1": 5, "x2": 4, "y2": 3},
                      {"x1": -1, "y1": 0.5, "x2": 1.5, "y2": 0.5}],
    "curve_rise_run": [{"terms": [[1, 2]], "x1": 1, "x2": 3}, {"terms": [[1, 2]], "x1": 3, "x2": 3.5},
                       {"terms": [[2, 1], [1, 0]], "x1": -2, "x2": 5}],
    "nudge_slope": [{"terms": [[1, 2]], "x": 3, "h": 0.001}, {"terms": [[1, 2]], "x": 3, "h": 1},
                    {"terms": [[1, 2]], "x": 3, "h": 0.1}, {"terms": [[1, 3]], "x": 2, "h": 0.0001},
                    {"terms": [[3, 2], [-2, 1], [5, 0]], "x": -1, "h": 0.001},
                    {"terms": [[4, 2], [-20, 1], [25, 0]], "x": 0.1, "h": 0.001}],
    "shortcut_slope": [{"terms": [[1, 2]], "x": 3}, {"terms": [[1, 3]], "x": 2},
                       {"terms": [[3, 2], [-2, 1], [5, 0]], "x": -1}, {"terms": [[5, 0]], "x": 9},
                       {"terms": [[4, 2], [-20, 1], [25, 0]], "x": 0.1}, {"terms": [[-0.5, 4]], "x": -2}],
    "example_loss": [{"x": 2, "target": 5, "w": 0.1}, {"x": 2, "target": 5, "w": 2.5},
                     {"x": -1.5, "target": 2, "w": 0.4, "b": -0.5}],
    "loss_nudge": [{"x": 2, "target": 5, "w": 0.1}, {"x": 2, "target": 5, "w": 0.1, "h": 0.1},
                   {"x": 2, "target": 5, "w": 0.1, "knob": "b"}, {"x": 3, "target": 1, "w": 1, "b": 0.5}],
    "gradient": [{"x": 2, "target": 5, "w": 0.1}, {"x": 2, "target": 5, "w": 0.1, "knob": "b"},
                 {"x": 3, "target": 1, "w": 1, "b": 0.5}, {"x": 2, "target": 5, "w": 2.5}],
    "descent_step": [{"x": 2, "target": 5, "w": 0.1, "lr": 0.05},
                     {"x": 3, "target": -1, "w": 0.5, "lr": 0.01, "b": 0.2}],
    "gradient_descent": [{"x": 2, "target": 5, "w": 0.1, "lr": 0.05, "iterations": 3},
                         {"x": 2, "target": 5, "w": 0.1, "lr": 0.05, "iterations": 2, "show": "loss"},
                         {"x": 2, "target": 5, "w": 0.1, "lr": 0.3, "iterations": 3, "show": "prediction"},
                         {"x": 1, "target": 1, "w": 0, "lr": 0.1, "iterations": 0}],
    "descent_table": [{"x": 2, "target": 5, "w": 0.1, "lr": 0.05, "iterations": 10},
                      {"x": 2, "target": 5, "w": 0.1, "lr": 0.01, "iterations": 50, "every": 10},
                      {"x": 2, "target": 5, "w": 0.1, "lr": 0.2, "iterations": 8, "show": "weight"},
                      {"x": 2, "target": 5, "w": 0.1, "lr": 1, "iterations": 400, "every": 50}],
    "epoch": [{"data": [[2, 4], [3, 6], [5, 10], [1, 2]], "w": 0.1, "lr": 0.01},
              {"data": [[2, 4], [3, 6], [5, 10], [1, 2]], "w": 0.1, "lr": 0.01, "show": "weight"},
              {"data": [[1, -1], [-2, 2.5]], "w": 0, "lr": 0.1}],
    "train": [{"data": [[2, 4], [3, 6], [5, 10], [1, 2]], "w": 0.1, "lr": 0.01, "epochs": 20, "every": 5},
              {"data": [[2, 4], [3, 6], [5, 10], [1, 2]], "w": 0.1, "lr": 0.05, "epochs": 60, "every": 10},
              {"data": [[2, 4], [3, 6]], "w": 0.1, "lr": 0.001, "epochs": 5, "show": "weight"}],
    # Part 4: neural networks
    "layer": [
        {"inputs": [2, 3], "weights": [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]], "biases": [0.1, 0.5, -0.2]},
        {"inputs": [2, 3], "weights": [[0.5, 0.3], [0.2, 0.8], [0.9, 0.1]], "biases": [0.1, 0.5, -0.2],
         "neuron": 2},
        {"inputs": [1, -1], "weights": [[1, 1], [-2, 0.5]], "biases": [0, 0.25], "activation": "relu",
         "neuron": 2},
        {"inputs": [0, 1], "weights": [[20, 20], [-20, -20]], "biases": [-10, 30],
         "activation": "sigmoid"},
    ],
    "network": [
        {"inputs": [2, 3], "layers": [
            {"weights": [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]], "biases": [0.1, 0.2, 0, 0.1],
             "activation": "relu"},
            {"weights": [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]],
             "biases": [0.5, 0.3, 0.2], "activation": "relu"},
            {"weights": [[0.5, 0.4, 0.3]], "biases": [0.1], "activation": "sigmoid"}]},
        {"inputs": [1, 0], "layer": 1, "neuron": 2, "layers": [
            {"weights": [[1, 1], [1, 1]], "biases": [0, -1], "activation": "relu"},
            {"weights": [[1, -2]], "biases": [0]}]},
        {"inputs": [-1.5, 0.5], "layers": [{"weights": [[2, -1]], "biases": [0.5]}]},
    ],
    "chain_rule": [{"rates": [3, 2]}, {"rates": [3, 2, 0.5]}, {"rates": [-0.4, 0.8]}, {"rates": [7]}],
    "chain_nudge": [{"a": 2, "m": 3}, {"a": -1, "m": 0.5}, {"a": 1.5, "m": -2, "h": 0.0001},
                    {"a": 2, "m": 3, "show": "nudge"}],
    "backprop": [
        {"x": 2, "target": 1, "w1": 0.5, "w2": 0.8},
        {"x": 2, "target": 1, "w1": 0.5, "w2": 0.8, "lr": 0.1, "show": "new_loss"},
        {"x": 1.5, "target": -1, "w1": -0.3, "w2": 1.2, "lr": 0.05, "show": "grad_w1"},
        {"x": 3, "target": 2, "w1": 0.25, "w2": -0.5, "lr": 0.01, "show": "w2"},
    ],
    "backprop_train": [
        {"x": 2, "target": 1, "w1": 0.5, "w2": 0.8, "lr": 0.1, "steps": 5},
        {"x": 1.5, "target": -1, "w1": -0.3, "w2": 1.2, "lr": 0.05, "steps": 3, "show": "w1"},
        {"x": 2, "target": 1, "w1": 0.5, "w2": 0.8, "lr": 0.5, "steps": 4, "show": "w2"},
    ],
    "autograd": [
        {"a": 2, "b": -3, "c": 10, "f": -2},
        {"a": 2, "b": -3, "c": 10, "f": -2, "show": "L"},
        {"a": 1.5, "b": 0.5, "c": -1, "f": 3, "show": "f.grad"},
        {"a": 0, "b": 4, "c": 0.25, "f": -0.5, "show": "b.grad"},
    ],
    "accuracy": [{"predictions": [1, 0, 1, 1], "labels": [1, 0, 0, 1]}, {"predictions": [0], "labels": [0]},
                 {"predictions": [1, 1, 1], "labels": [0, 0, 1]}],
    "sigmoid_slope": [{"z": 0}, {"z": 2}, {"z": -3}, {"z": 10}, {"z": 0.5, "h": 0.0001}],
    # Part 5: batches and epochs
    "batch_count": [
        {"n": 60000, "batch_size": 32, "epochs": 10}, {"n": 1000, "batch_size": 64, "epochs": 10},
        {"n": 10, "batch_size": 4}, {"n": 10, "batch_size": 32, "epochs": 2},
        {"n": 1000, "batch_size": 64, "show": "full"}, {"n": 1000, "batch_size": 64, "show": "last"},
        {"n": 60000, "batch_size": 32, "show": "last"}, {"n": 7, "batch_size": 1, "epochs": 3},
        {"n": 60000, "batch_size": 256, "show": "batches"},
    ],
    "batch_gradient": [
        {"data": [[1, 2], [2, 4], [3, 5]], "w": 1},
        {"data": [[1, 2], [2, 4], [3, 5]], "w": 1, "lr": 0.05},
        {"data": [[2, 4]], "w": 0.5, "lr": 0.1},
        {"data": [[-1, 1.5], [0.5, -2]], "w": -0.25, "h": 0.001},
        {"gradients": [-2, -8, -12]}, {"gradients": [0.3, -0.1, 0.25, 0.05]},
        {"gradients": [-2, -8, -12], "w": 1, "lr": 0.1},
    ],
    "confusion_matrix": [
        {"labels": [4, 4, 9, 9, 9, 7], "predictions": [4, 9, 9, 4, 9, 1], "classes": [1, 4, 7, 9]},
        {"labels": [4, 4, 9, 9, 9, 7], "predictions": [4, 9, 9, 4, 9, 1], "classes": [1, 4, 7, 9],
         "row": 9, "col": 4},
        {"labels": [0, 1, 1, 2], "predictions": [0, 1, 2, 2], "classes": [0, 1, 2]},
        {"labels": [3], "predictions": [5], "classes": [3, 5], "row": 3, "col": 5},
        {"labels": [], "predictions": [], "classes": [0, 1]},
    ],
    # Part 5: scores to chances (m5.2)
    "softmax": [{"scores": [0.65, 0.3, 0.8]}, {"scores": [2, 1, 0.1]}, {"scores": [0, 0]},
                {"scores": [1000, 1001]}, {"scores": [1000, 1001], "stable": True},
                {"scores": [0.65, 0.3, 0.8], "stable": True, "show": 2}, {"scores": [5]},
                {"scores": [-1, 3, 0.5, 2, -4, 0, 1, 1.5, -2, 2.5], "show": 1}],
    "cross_entropy": [{"chances": [0.35, 0.25, 0.4], "target": 2}, {"chances": [1, 0], "target": 0},
                      {"chances": [0.5, 0.5], "target": 1}, {"chances": [0.99, 0.01], "target": 1},
                      {"chances": [1, 0], "target": 1}, {"scores": [0.65, 0.3, 0.8], "target": 0},
                      {"scores": [2, 1, 0.1], "target": 2}],
    "mean_cross_entropy": [{"chances": [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]],
                            "targets": [0, 1, 0]}, {"chances": [[0.5, 0.5]], "targets": [1]}],
    "softmax_slope": [{"scores": [0.65, 0.3, 0.8], "target": 2},
                      {"scores": [0.65, 0.3, 0.8], "target": 2, "show": 0},
                      {"scores": [2, 1, 0.1], "target": 0, "h": 0.0001},
                      {"scores": [-1, 0.5, 3, 0], "target": 1, "show": 2}],
    # Part 5: real datasets
    "normalise_pixels": [{"pixels": [0, 51, 255]}, {"pixels": [128]},
                         {"pixels": [0, 255], "mean": 0.1307, "std": 0.3081},
                         {"pixels": [51], "mean": 0.1307, "std": 0.3081}, {"pixels": [12.5, 200]}],
    "flat_index": [{"row": 2, "col": 5, "width": 28}, {"row": 0, "col": 3, "width": 28},
                   {"row": 27, "col": 27, "width": 28}, {"row": 1, "col": 2, "width": 4},
                   {"row": 3, "col": 0, "width": 5}],
    "one_hot": [{"label": 3, "classes": 10}, {"label": 0, "classes": 10}, {"label": 9},
                {"label": 1, "classes": 2}, {"label": 4, "classes": 5}],
    # Part 5: overfitting (m5.4)
    "dropout": [{"values": [1.2, 0.4, 2.0, 0.8, 1.6, 0.5], "mask": [1, 0, 1, 1, 0, 1], "rate": 0.5},
                {"values": [3, -1, 2], "mask": [1, 1, 1], "rate": 0},
                {"values": [0.7, 0.3, 0.9, 0.1], "mask": [0, 1, 0, 1], "rate": 0.25},
                {"values": [2, 4, 6], "mask": [0, 0, 1], "rate": 0.9},
                {"values": [1.5], "mask": [0], "rate": 0.3}],
    "early_stop": [{"val_losses": [0.9, 0.6, 0.5, 0.55, 0.52, 0.58], "patience": 2},
                   {"val_losses": [0.9, 0.6, 0.5, 0.55, 0.52, 0.58], "patience": 3},
                   {"val_losses": [1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.71, 0.4], "patience": 3},
                   {"val_losses": [0.5, 0.5, 0.5], "patience": 1}, {"val_losses": [0.3], "patience": 2},
                   {"val_losses": [0.9, 0.8, 0.7, 0.6], "patience": 2}],
    "shift_grid": [{"grid": [[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]], "dx": 1, "dy": 0},
                   {"grid": [[1, 2], [3, 4]], "dx": -1, "dy": 1},
                   {"grid": [[1, 2], [3, 4]], "dx": 0, "dy": 0},
                   {"grid": [[0.5, 1, 0], [0, 0.25, 0], [0, 0, 0]], "dx": 0, "dy": -1},
                   {"grid": [[1, 1, 1]], "dx": 5, "dy": 0}],
    # Part 6: convolution (m6.1)
    "conv_position": [
        {"image": [[1, 2, 3, 4, 5], [2, 3, 4, 5, 6], [3, 4, 5, 6, 7], [4, 5, 6, 7, 8],
                   [5, 6, 7, 8, 9]], "kernel": [[1, 0, -1], [1, 0, -1], [1, 0, -1]]},
        {"image": [[1, 2, 3, 4, 5], [2, 3, 4, 5, 6], [3, 4, 5, 6, 7], [4, 5, 6, 7, 8],
                   [5, 6, 7, 8, 9]], "kernel": [[1, 0, -1], [1, 0, -1], [1, 0, -1]],
         "row": 2, "col": 1},
        {"image": [[0, 0, 0, 10, 10, 10]] * 3, "kernel": [[1, 0, -1]] * 3, "row": 0, "col": 1},
        {"image": [[0, 0, 10], [0, 0, 10], [0, 0, 10]], "kernel": [[1 / 9] * 3] * 3},
        {"image": [[1, 2], [3, 4]], "kernel": [[1, 0], [0, -1]]},
        {"image": [[0.5, -1, 2, 0]], "kernel": [[2, 0.25]], "col": 2},
    ],
    "convolve": [
        {"image": [[1, 2, 3, 4, 5], [2, 3, 4, 5, 6], [3, 4, 5, 6, 7], [4, 5, 6, 7, 8],
                   [5, 6, 7, 8, 9]], "kernel": [[1, 0, -1], [1, 0, -1], [1, 0, -1]]},
        {"image": [[0, 0, 0, 10, 10, 10]] * 6, "kernel": [[1, 0, -1]] * 3},
        {"image": [[0, 0, 0, 10, 10, 10]] * 6, "kernel": [[1, 0, -1]] * 3, "row": 0, "col": 1},
        {"image": [[10, 10, 10, 0, 0, 0]] * 4, "kernel": [[1, 0, -1]] * 3, "row": 1, "col": 2},
        {"image": [[0, 0, 0], [0, 0, 0], [9, 9, 9], [9, 9, 9]],
         "kernel": [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]},
        {"image": [[1, 2, 3]], "kernel": [[1, -1]]},
        {"image": [[0, 1, 0], [1, 5, 1], [0, 1, 0]], "kernel": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]},
    ],
    "conv_output_size": [{"n": 5, "k": 3}, {"n": 28, "k": 3}, {"n": 6, "k": 3}, {"n": 3, "k": 3},
                         {"n": 100, "k": 5}, {"n": 4, "k": 1}],
    # Part 6: building a CNN (m6.3)
    "cnn_shapes": [{"size": 28, "channels": [8, 16], "dense": [64, 10]},
                   {"size": 28, "channels": [8, 16], "dense": []},
                   {"size": 28, "channels": [16, 32], "dense": [128, 10]},
                   {"size": 32, "channels": [4], "dense": [10], "in_channels": 3},
                   {"size": 28, "channels": [2], "dense": [5, 3], "k": 5, "pool": 3},
                   {"size": 6, "channels": [1], "dense": [2]}],
    "conv_params": [{"k": 3, "in_channels": 1, "filters": 8},
                    {"k": 3, "in_channels": 8, "filters": 16},
                    {"k": 5, "in_channels": 3, "filters": 4}, {"k": 1, "in_channels": 1, "filters": 1}],
    "dense_params": [{"n_in": 400, "n_out": 64}, {"n_in": 64, "n_out": 10},
                     {"n_in": 784, "n_out": 128}, {"n_in": 1, "n_out": 1}],
    "cnn_params": [{"size": 28, "channels": [8, 16], "dense": [64, 10]},
                   {"size": 28, "channels": [16, 32], "dense": [128, 10]},
                   {"size": 32, "channels": [4], "dense": [10], "in_channels": 3},
                   {"size": 28, "channels": [2], "dense": [5, 3], "k": 5, "pool": 3}],
    "mlp_params": [{"sizes": [784, 128, 64, 10]}, {"sizes": [784, 256, 128, 10]},
                   {"sizes": [2, 3, 1]}, {"sizes": [784, 10]}],
    # Part 6: stride, padding and pooling (m6.2)
    "conv_size": [{"n": 28, "k": 3, "p": 1, "s": 1}, {"n": 28, "k": 3, "p": 0, "s": 2},
                  {"n": 5, "k": 3, "p": 1, "s": 2}, {"n": 28, "k": 3}, {"n": 26, "k": 2, "s": 2},
                  {"n": 7, "k": 3, "p": 0, "s": 3}, {"n": 6, "k": 3, "s": 2},
                  {"n": 3, "k": 3}, {"n": 1, "k": 5, "p": 2}],
    "max_pool": [{"grid": [[1, 3, 2, 0], [4, 2, 1, 5], [0, 6, 3, 1], [2, 1, 0, 2]]},
                 {"grid": [[1, 3, 2, 0], [4, 2, 1, 5], [0, 6, 3, 1], [2, 1, 0, 2]],
                  "row": 2, "col": 1},
                 {"grid": [[1, 3, 2], [4, 2, 1], [0, 6, 3]], "size": 2, "stride": 1},
                 {"grid": [[0.5, -1, 2, 0, 1], [0, 0.25, 1, -3, 2], [1, 1, 0, 0, 4]], "size": 2},
                 {"grid": [[-2, -1], [-4, -3]]},
                 {"grid": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "size": 3},
                 {"grid": [[7]], "size": 1}],
    "channel_sum": [{"patches": [[[1, 2], [0, 1]], [[2, 0], [1, 1]], [[0, 1], [3, 2]]],
                     "kernels": [[[1, 0], [0, 1]], [[0.5, 0.5], [0, 0]], [[1, -1], [0, 1]]]},
                    {"patches": [[[1]], [[2]]], "kernels": [[[3]], [[4]]]},
                    {"patches": [[[0.2, 0.4, 0.1], [0, 0.3, 0.5], [0.6, 0, 0.1]]],
                     "kernels": [[[1, 0, -1], [1, 0, -1], [1, 0, -1]]]},
                    {"patches": [[[-1, 2]], [[0.5, 0.25]], [[3, -2]]],
                     "kernels": [[[2, 1]], [[-4, 4]], [[0.1, 0.2]]]}],
    # Part 7: text as numbers (m7.1)
    "vocabulary": [{"text": "hello world"}, {"text": "hello world", "char": "o"},
                   {"text": "hello world", "char": " "}, {"text": "banana"}, {"text": "a"},
                   {"text": "The cat.\nThe hat!"}, {"text": "yes, no, on: true"}],
    "encode": [{"text": "hello world"}, {"text": "hello world", "position": 0},
               {"text": "hole", "source": "hello"}, {"text": "a"},
               {"text": "banana", "position": 2}, {"text": "hi\nho", "position": 2}],
    "bigram_counts": [{"text": "hello world", "first": "l"},
                      {"text": "hello world", "first": "l", "show": "o"},
                      {"text": "hello world", "first": "l", "show": "z"},
                      {"text": TRAIN_TEXT, "first": "t"}, {"text": TRAIN_TEXT, "first": "e"},
                      {"text": TRAIN_TEXT, "first": " "}, {"text": TRAIN_TEXT, "first": "."},
                      {"text": "banana", "first": "a"}, {"text": "queen quiz", "first": "q"}],
    # Part 7: recurrent networks (m7.2)
    "tanh": [{"x": 1}, {"x": 0}, {"x": -1}, {"x": 2}, {"x": 0.5}, {"x": -3.25}, {"x": 20},
             {"x": 800}, {"x": -800}],
    "rnn_step": [{"x": 1, "h": 0, "w_x": 0.5, "w_h": 0.8, "b": 0},
                 {"x": 0, "h": 0.4621, "w_x": 0.5, "w_h": 0.8, "b": 0},
                 {"x": -1, "h": 0.5, "w_x": 1.5, "w_h": -0.7, "b": 0.25},
                 {"x": 3, "h": -0.9, "w_x": 2, "w_h": 1, "b": -1}],
    "rnn_sequence": [{"xs": [1, 0, 0], "h0": 0, "w_x": 0.5, "w_h": 0.8, "b": 0},
                     {"xs": [1, 0, -1], "h0": 0, "w_x": 0.5, "w_h": 0.8, "b": 0},
                     {"xs": [2], "h0": 0.5, "w_x": -1, "w_h": 1.5, "b": 0.1},
                     {"xs": [1, 1, 1, 1, 1], "h0": 0, "w_x": 1, "w_h": 1, "b": 0}],
    "rnn_vector_step": [{"x": 1, "h": [0, 0], "w_x": [0.5, -1], "w_h": [[0.8, 0], [0.5, 0.5]],
                         "b": [0, 0.1]},
                        {"x": 0, "h": [0.4621, -0.7616], "w_x": [0.5, -1],
                         "w_h": [[0.8, 0], [0.5, 0.5]], "b": [0, 0.1]},
                        {"x": 2, "h": [0.1], "w_x": [1], "w_h": [[-0.5]], "b": [0]},
                        {"x": 1, "h": [0, 0], "w_x": [0.5, -1], "w_h": [[0.8, 0], [0.5, 0.5]],
                         "b": [0, 0.1], "show": 0}],
    "slope_through_time": [{"factor": 0.5, "steps": 10}, {"factor": 0.5, "steps": 1},
                           {"factor": 1.5, "steps": 50}, {"factor": 0.9, "steps": 6},
                           {"factor": 1, "steps": 20}, {"factor": 0.1, "steps": 50},
                           {"factor": 2, "steps": 5}],
    # Part 7: LSTMs (m7.3)
    "gate": [{"weights": [1, 1], "inputs": [1, 0.5], "bias": 0},
             {"weights": [0, 0], "inputs": [1, 0], "bias": 5},
             {"weights": [10, 0], "inputs": [0, 0.3], "bias": -5},
             {"weights": [-2, 0.5], "inputs": [1.5, -1], "bias": 0.25},
             {"weights": [1], "inputs": [900], "bias": 0}],
    "lstm_step": [
        {"x": 1, "h": 0.5, "c": 0.8, "weights": _LESSON_LSTM},
        {"x": 1, "h": 0.5, "c": 0.8, "weights": _LESSON_LSTM, "show": "c"},
        {"x": 1, "h": 0.5, "c": 0.8, "weights": _LESSON_LSTM, "show": "f"},
        {"x": 1, "h": 0.5, "c": 0.8, "weights": _LESSON_LSTM, "show": "g"},
        {"x": 0, "h": 0, "c": 1, "weights": _REMEMBER_LSTM},
        {"x": 1, "h": 0, "c": 0, "weights": _REMEMBER_LSTM, "show": "c"},
        {"x": -0.5, "h": -0.25, "c": -2, "weights": _LESSON_LSTM, "show": "o"},
        {"x": 2, "h": 0.1, "c": 3, "weights": _LESSON_LSTM, "show": "i"},
    ],
    "memory_after": [{"kind": "rnn", "steps": 20}, {"kind": "lstm", "steps": 20},
                     {"kind": "rnn", "steps": 1}, {"kind": "lstm", "steps": 50},
                     {"kind": "rnn", "steps": 50},
                     {"kind": "rnn", "steps": 5, "weights": {"w_x": 1, "w_h": 1.5, "b": 0}},
                     {"kind": "lstm", "steps": 30,
                      "weights": {**_REMEMBER_LSTM, "b_f": 1}}],
    # Part 8: self-attention (m8.2), with the lesson's words "the", "cat", "sat"
    "qkv": [
        {"embedding": [1, 1], "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV},
        {"embedding": [1, 0], "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "show": "q"},
        {"embedding": [0, 1], "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "show": "k",
         "entry": 2},
        {"embedding": [0.5, -1.5], "w_q": [[2, -1], [0.25, 3]], "w_k": [[-1, 0], [0.5, 0.5]],
         "w_v": [[1, 2], [3, -4]], "show": "v", "entry": 1},
        {"embedding": [1, 2, 3], "w_q": [[1, 0, 0], [0, 1, 0]], "w_k": [[0, 0, 1], [1, 1, 1]],
         "w_v": [[0.5, 0.5, 0.5]]},
    ],
    "self_attention": [
        {"embeddings": _SA_X, "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV},
        {"embeddings": _SA_X, "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "scale": False},
        {"embeddings": _SA_X, "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "causal": True},
        {"embeddings": _SA_X, "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "causal": True,
         "show": "weight", "row": 2, "col": 1},
        {"embeddings": _SA_X, "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "scale": False,
         "causal": True, "show": "score", "row": 1, "col": 3},
        {"embeddings": _SA_X, "w_q": _SA_WQ, "w_k": _SA_WK, "w_v": _SA_WV, "show": "output",
         "row": 1, "col": 1},
        {"embeddings": [[0.5, -1], [2, 0.25], [-1.5, 1], [0, 3]], "w_q": [[1, -0.5], [0.3, 2]],
         "w_k": [[0.2, 1], [-1, 0.4]], "w_v": [[1, 0], [-0.5, 1]], "causal": True},
        {"embeddings": [[2]], "w_q": [[1]], "w_k": [[1]], "w_v": [[3]]},
    ],
    "scaled_softmax": [
        {"scores": [8, 4, 2], "d": 16}, {"scores": [8, 4, 2], "d": 16, "show": "before"},
        {"scores": [8, 4, 2], "d": 16, "word": 3}, {"scores": [2, 1, 3], "d": 2},
        {"scores": [-1, 0.5, 4, 0], "d": 64, "show": "before", "word": 2},
        {"scores": [0, 0], "d": 1}, {"scores": [800, 0], "d": 4, "show": "before"},
    ],
    # Part 8: attention (m8.1), with the lesson's made-up word vectors for cat, sat and mat
    "attention_scores": [
        {"query": _SAT, "vectors": _CAT_SAT_MAT, "words": ["cat", "sat", "mat"]},
        {"query": _SAT, "vectors": _CAT_SAT_MAT, "words": ["cat", "sat", "mat"], "show": 0},
        {"query": _CAT, "vectors": _CAT_SAT_MAT},
        {"query": [1, -0.5], "vectors": [[2, 1], [-1, 0.25], [0, 0]], "show": 1},
        {"query": [0.2], "vectors": [[3]]},
    ],
    "attention": [
        {"query": _SAT, "vectors": _CAT_SAT_MAT, "words": ["cat", "sat", "mat"]},
        {"query": _SAT, "vectors": _CAT_SAT_MAT, "words": ["cat", "sat", "mat"], "show": 2},
        {"query": _MAT, "vectors": _CAT_SAT_MAT, "show": 1},
        {"query": [1, -0.5], "vectors": [[2, 1], [-1, 0.25], [0, 0]], "words": ["a", "b", "c"]},
        {"query": [0, 0], "vectors": [[1, 2], [3, 4]], "show": 1},
        {"query": [0.5, 1], "vectors": [[1, -1]]},
    ],
    "weighted_average": [
        {"weights": [0.5, 0.25, 0.25], "vectors": _CAT_SAT_MAT},
        {"weights": [0.5, 0.25, 0.25], "vectors": _CAT_SAT_MAT, "show": 2},
        {"weights": [1 / 3, 1 / 3, 1 / 3], "vectors": _CAT_SAT_MAT, "show": 1},
        {"weights": [0.9, 0.1], "vectors": [[1, -2], [-3, 4]], "show": 1},
        {"weights": [1, 1], "vectors": [[1, 0], [0, 1]]},
        {"weights": [1], "vectors": [[0.25, 0.5, 0.75]]},
    ],
    # Part 8: the transformer block (m8.4), with the lesson's numbers
    "layer_norm": [
        {"values": [2, 4, 6]}, {"values": [2, 4, 6], "show": 0},
        {"values": [2, 4, 6], "gamma": 2, "beta": 1, "show": 2},
        {"values": [3, 3, 3]}, {"values": [3, 3, 3], "eps": 0.01, "show": 1},
        {"values": [0.5, -1.25, 4, 0]}, {"values": [-2, -6, -1], "gamma": 0.5, "beta": -1},
        {"values": [7]},
    ],
    "residual_add": [
        {"x": [0.5, -1, 2], "fx": [0.25, 0.5, -0.5]},
        {"x": [0.5, -1, 2], "fx": [0.25, 0.5, -0.5], "show": 0},
        {"x": [1, 2], "fx": [0, 0]}, {"x": [-0.1], "fx": [-0.2]},
    ],
    "feed_forward": [
        {"x": [1, -1], "W1": [[1, 1], [1, -1], [-1, 1], [0.5, 0]], "b1": [0, 0, 0, 0.5],
         "W2": [[1, 0.5, -1, 1], [0, -1, 0.5, 1]], "b2": [0, 0]},
        {"x": [1, -1], "W1": [[1, 1], [1, -1], [-1, 1], [0.5, 0]], "b1": [0, 0, 0, 0.5],
         "W2": [[1, 0.5, -1, 1], [0, -1, 0.5, 1]], "b2": [0, 0], "show": 0},
        {"x": [0.3], "W1": [[2], [-2]], "b1": [0.1, 0.1], "W2": [[1.5, -0.5]], "b2": [0.25]},
        {"x": [-1, -1], "W1": [[1, 1]], "b1": [0], "W2": [[3], [-3]], "b2": [0.2, -0.2],
         "show": 1},
    ],
    # Part 8: multi-head attention (m8.3), with the lesson's three tokens and two heads
    "head_split": [{"width": 8, "heads": 2}, {"width": 8, "heads": 1}, {"width": 8, "heads": 4},
                   {"width": 8, "heads": 2, "vector": [0.5, -1, 2, 0, 1.5, 3, -0.25, 1]},
                   {"width": 4, "heads": 2, "vector": [1, 0, 1, 0]}, {"width": 128, "heads": 4}],
    "concat": [{"parts": [[1, 0.9], [0.3, 1.7]]}, {"parts": [[1, 2], [3, 4]], "show": 3},
               {"parts": [[5]]}, {"parts": [[1, 2], [], [-3.5, 0.25, 7]], "show": 5},
               {"parts": [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8]]}],
    "one_head": [
        {"x": _MH_X, **_MH_HEAD1}, {"x": _MH_X, **_MH_HEAD2},
        {"x": _MH_X, **_MH_HEAD1, "weight": [1, 2]}, {"x": _MH_X, **_MH_HEAD2, "weight": [3, 1]},
        {"x": _MH_X, **_MH_HEAD2, "output": [2, 1]},
        {"x": [[0.5, -1], [2, 0.25]], "w_q": [[1, 0.3], [-0.5, 2]],
         "w_k": [[0.2, -1], [1, 0.4]], "w_v": [[1, -0.5], [0, 1], [2, 0]], "output": [1, 3]},
    ],
    "multi_head": [
        {"x": _MH_X, "heads": [_MH_HEAD1, _MH_HEAD2], "w_o": _MH_WO},
        {"x": _MH_X, "heads": [_MH_HEAD1, _MH_HEAD2], "w_o": _MH_WO, "detail": False},
        {"x": _MH_X, "heads": [_MH_HEAD1, _MH_HEAD2], "w_o": _MH_WO, "show": [1, 1]},
        {"x": _MH_X, "heads": [_MH_HEAD1, _MH_HEAD2], "w_o": _MH_WO, "detail": False,
         "show": [2, 4]},
        {"x": [[1, 2]], "heads": [{"w_q": [[1, 0]], "w_k": [[0, 1]], "w_v": [[0.5, -1]]}],
         "w_o": [[2], [-1]]},
        {"x": _MH_X, "heads": [[_MH_HEAD1[k] for k in ("w_q", "w_k", "w_v")],
                               [_MH_HEAD2[k] for k in ("w_q", "w_k", "w_v")]],
         "w_o": _MH_WO, "detail": False, "show": [3, 1]},
    ],
    "attention_params": [{"width": 8, "heads": 1}, {"width": 8, "heads": 2},
                         {"width": 8, "heads": 4}, {"width": 128, "heads": 4},
                         {"width": 768, "heads": 12}],
    "block_params": [
        {"d_model": 128}, {"d_model": 128, "show": "attention"},
        {"d_model": 128, "show": "feed_forward"}, {"d_model": 128, "show": "norms"},
        {"d_model": 4}, {"d_model": 768}, {"d_model": 64, "d_ff": 100},
    ],
    # Part 9: tokens and byte-pair encoding (m9.1), with the lesson's text "low lower lowest low"
    "utf8_bytes": [{"text": "a"}, {"text": "é"}, {"text": "🙂"}, {"text": "café"},
                   {"text": "hi 🙂"}, {"text": "€5"}, {"text": "a\nb"}],
    "pair_counts": [{"tokens": "low lower lowest low"}, {"tokens": [1, 2, 3, 1, 2]},
                    {"tokens": "low lower lowest low", "pair": ["w", "e"]},
                    {"tokens": "low lower lowest low", "pair": ["x", "y"]},
                    {"tokens": ["lo", "w", " ", "lo", "w"], "pair": ["lo", "w"]},
                    {"tokens": "aaa"}, {"tokens": "ab"}, {"tokens": [256, 32, 256, 101]}],
    "bpe_train": [{"text": "low lower lowest low", "merges": 3},
                  {"text": "low lower lowest low", "merges": 0},
                  {"text": "low lower lowest low", "merges": 1},
                  {"text": "low lower lowest low", "merges": 8},
                  {"text": "aaa", "merges": 3}, {"text": "é é", "merges": 2},
                  {"text": "aaabdaaabac", "merges": 3}, {"text": "x", "merges": 2}],
    "bpe_encode": [{"text": "slower", "merges": [["l", "o"], ["lo", "w"], [" ", "low"]]},
                   {"text": "lowest", "merges": [["l", "o"], ["lo", "w"], [" ", "low"]]},
                   {"text": "hello", "merges": [["l", "o"], ["lo", "w"]]},
                   {"text": " low low", "merges": [["l", "o"], ["lo", "w"], [" ", "low"]]},
                   {"text": "aaaa", "merges": [["a", "a"], ["aa", "aa"]]},
                   {"text": "a", "merges": []}],
    # Part 9: embeddings (m9.2): the lesson's table of 4 tokens (the, cat, dog, sat), 3 wide.
    "lookup": [
        {"table": _EMB_TABLE, "token_id": 1}, {"table": _EMB_TABLE, "token_id": 1, "show": 0},
        {"table": _EMB_TABLE, "token_id": 0, "show": 2}, {"table": [[7]], "token_id": 0},
        {"table": [[1, 2], [3, 4], [5, 6]], "token_id": 2, "show": 1},
    ],
    "one_hot_times_table": [
        {"token_id": 1, "table": _EMB_TABLE}, {"token_id": 1, "table": _EMB_TABLE, "show": 0},
        {"token_id": 3, "table": _EMB_TABLE, "show": 1},
        {"token_id": 0, "table": [[1, 2], [3, 4], [5, 6]]}, {"token_id": 0, "table": [[-2.5]]},
    ],
    "cosine_similarity": [
        {"a": _EMB_TABLE[1], "b": _EMB_TABLE[2]}, {"a": _EMB_TABLE[1], "b": _EMB_TABLE[3]},
        {"a": [1, 0], "b": [1, 1]}, {"a": [1, 2], "b": [2, 4]}, {"a": [1, 2], "b": [-1, -2]},
        {"a": [3, 4], "b": [-4, 3]}, {"a": [0.25, -1.5, 2, 0.1], "b": [-0.3, 0.8, 1.2, -2]},
    ],
    "embedding_params": [
        {"vocab": 4, "width": 3}, {"vocab": 4, "width": 3, "positions": 8},
        {"vocab": 76, "width": 128, "positions": 128},
        {"vocab": 76, "width": 128, "positions": 128, "show": "tokens"},
        {"vocab": 76, "width": 128, "positions": 128, "show": "positions"},
        {"vocab": 49152, "width": 576}, {"vocab": 50257, "width": 768, "positions": 1024},
    ],
    # Part 9: the whole GPT (m9.3); char-gpt is V 76, C 128, 4 blocks of 4 heads, T 128.
    "gpt_shapes": [{"V": 76, "C": 128, "n_layer": 4, "n_head": 4, "T": 128},
                   {"V": 76, "C": 128, "n_layer": 4, "n_head": 4, "T": 7},
                   {"V": 76, "C": 128, "n_layer": 4, "n_head": 4, "T": 7, "B": 16},
                   {"V": 10, "C": 6, "n_layer": 1, "n_head": 3, "T": 1},
                   {"V": 50257, "C": 768, "n_layer": 12, "n_head": 12, "T": 1024}],
    "gpt_params": [{"V": 76, "C": 128, "n_layer": 4, "T": 128},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "tied": False},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "bias": False},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "show": "blocks"},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "show": "token_table"},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "show": "position_table"},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "show": "block"},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "show": "final_norm"},
                   {"V": 76, "C": 128, "n_layer": 4, "T": 128, "tied": False, "show": "head"},
                   {"V": 5, "C": 4, "n_layer": 1, "T": 3, "tied": False},
                   {"V": 50257, "C": 768, "n_layer": 12, "T": 1024}],
    "llama_params": [{"V": 49152, "C": 576, "n_layer": 30, "n_head": 9, "n_kv_head": 3,
                      "ffn_dim": 1536},
                     {"V": 49152, "C": 576, "n_layer": 30, "n_head": 9, "n_kv_head": 3,
                      "ffn_dim": 1536, "show": "embedding"},
                     {"V": 49152, "C": 576, "n_layer": 30, "n_head": 9, "n_kv_head": 3,
                      "ffn_dim": 1536, "show": "block"},
                     {"V": 50, "C": 24, "n_layer": 2, "n_head": 6, "n_kv_head": 2,
                      "ffn_dim": 40, "show": "feed_forward"}],
    "logits_to_chances": [{"logits": [2, 1, 0], "tokens": ["a", "b", "c"]},
                          {"logits": [2, 1, 0], "tokens": ["a", "\n", " "], "show": 1},
                          {"logits": [3.5, 1.25, -0.5, 0.75], "tokens": ["e", "o", "x", " "],
                           "show": 3},
                          {"logits": [0, 0], "tokens": ["A", "B"]},
                          {"logits": [5.5, 4.1, -7.3], "tokens": ["t", "h", "z"], "show": 2}],
    # Part 9: training a GPT (m9.4)
    "shift_pairs": [{"text": "To be", "block": 4}, {"text": "To be"},
                    {"text": "To be or not to be", "block": 8},
                    {"text": "To be or not to be", "block": 4, "start": 6},
                    {"text": "hi\nyo", "block": 3, "start": 1}, {"text": "ab", "block": 1},
                    {"text": "hello world", "block": 10}],
    "uniform_loss": [{"vocab": 65}, {"vocab": 76}, {"vocab": 2}, {"vocab": 1}, {"vocab": 10},
                     {"vocab": 50257}, {"vocab": 49152}, {"vocab": 8}],
    "perplexity": [{"loss": 1.6106}, {"loss": 0}, {"loss": 4.1744}, {"loss": 0.6931},
                   {"loss": 1.879}, {"loss": 2.5}, {"loss": 10}, {"loss": 800},
                   {"loss": 4.388}, {"loss": 2.7543}, {"loss": 2.4628}, {"loss": 4.3307}],
    "sequence_loss": [{"chances": [0.5, 0.25, 0.8]}, {"chances": [0.5, 0.25, 0.8], "show": 2},
                      {"chances": [1, 1, 1]}, {"chances": [0.1]}, {"chances": [0, 0.5]},
                      {"chances": [0.0154, 0.0154]}, {"chances": [0.9, 0.6, 0.3, 0.05]}],
    # Part 9 (m9.5): the lesson's four next words after "I like to eat", and edge cases.
    "temperature": [
        {"logits": [2, 1, 0, -1], "t": 1, "tokens": _MENU},
        {"logits": [2, 1, 0, -1], "t": 0.5, "tokens": _MENU},
        {"logits": [2, 1, 0, -1], "t": 2, "tokens": _MENU, "show": 3},
        {"logits": [2, 1, 0, -1], "t": 0.1, "show": 1},
        {"logits": [2, 1, 0], "t": 0.5}, {"logits": [1.5, -0.25, 0.75], "t": 1.3, "show": 2},
        {"logits": [0, 0], "t": 0.7}, {"logits": [5], "t": 3},
        {"logits": [3, 1], "t": 0.01}, {"logits": [0.5, 2], "t": 10},
    ],
    "top_k_filter": [
        {"chances": [0.5, 0.3, 0.15, 0.05], "k": 2, "tokens": _MENU},
        {"chances": [0.5, 0.3, 0.15, 0.05], "k": 1, "tokens": _MENU, "show": 0},
        {"chances": [0.5, 0.3, 0.15, 0.05], "k": 4},
        {"chances": [0.1, 0.4, 0.2, 0.3], "k": 3, "show": 2},
        {"chances": [0.5, 0.2, 0.2, 0.1], "k": 2}, {"chances": [1], "k": 1},
        {"chances": [0.05, 0.6, 0.35], "k": 2, "tokens": ["a", " ", "\n"], "show": 1},
    ],
    "top_p_filter": [
        {"chances": [0.5, 0.3, 0.15, 0.05], "p": 0.9, "tokens": _MENU},
        {"chances": [0.5, 0.3, 0.15, 0.05], "p": 0.9, "tokens": _MENU, "show": 2},
        {"chances": [0.5, 0.3, 0.15, 0.05], "p": 0.8},
        {"chances": [0.5, 0.3, 0.15, 0.05], "p": 0.5},
        {"chances": [0.5, 0.3, 0.15, 0.05], "p": 0.01}, {"chances": [0.5, 0.3, 0.15, 0.05], "p": 1},
        {"chances": [0.1, 0.5, 0.15, 0.25], "p": 0.8, "show": 1},
        {"chances": [0.25, 0.25, 0.25, 0.25], "p": 0.6}, {"chances": [0.7, 0.2, 0.1], "p": 0.75},
    ],
    "greedy_pick": [
        {"chances": [0.5, 0.3, 0.15, 0.05], "tokens": _MENU}, {"chances": [0.2, 0.5, 0.3]},
        {"chances": [0.3, 0.3, 0.4]}, {"chances": [0.4, 0.4, 0.2]}, {"chances": [1]},
        {"chances": [2, -1, 3.5, 0]}, {"chances": [0.1, 0.6, 0.3], "tokens": ["a", " ", "\n"]},
    ],
}


def build() -> dict[str, list[dict]]:
    return {
        concept: [{"inputs": inputs, "steps": steps_to_json(explain(concept, **inputs))}
                  for inputs in cases]
        for concept, cases in CASES.items()
    }


def write(directory: Path = GOLDEN_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for concept, cases in build().items():
        text = json.dumps(cases, ensure_ascii=False, indent=1) + "\n"
        (directory / f"{concept}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the golden files")
    if parser.parse_args().write:
        write()
