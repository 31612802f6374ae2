"""Worked steps for the LSTM of Part 7 (m7.3): one gate, one full LSTM step, and memory over time.

gate: a sigmoid of a weighted sum, a number from 0 (closed) to 1 (open).
lstm_step: one step of an LSTM with ONE hidden unit: the four gates, then c_new and h_new.
memory_after: feed a 1 and then zeros to a plain RNN unit or an LSTM unit; what is left after
`steps` steps (h for the RNN, the cell state c for the LSTM).

One hidden unit means every weight is a single number. The weights of an LSTM step are a dict
with twelve keys, three per gate: w_ (times the input x), u_ (times the old h) and b_ (the
bias), for the gates f (forget), i (input), g (the candidate, made with tanh) and o (output):

    f = σ(w_f·x + u_f·h + b_f)      i = σ(w_i·x + u_i·h + b_i)
    g = tanh(w_g·x + u_g·h + b_g)   o = σ(w_o·x + u_o·h + b_o)
    c_new = f·c + i·g               h_new = o·tanh(c_new)

tanh and σ are computed with math.tanh and 1 / (1 + e^−z); each is one shown line here (the
sigmoid concept shows σ's own steps).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from fromzero.explain.activations import sigmoid
from fromzero.explain.neuron import neuron_multi
from fromzero.explain.steps import Step, fmt

GATES = ("f", "i", "g", "o")
GATE_NAMES = {"f": "forget gate", "i": "input gate", "g": "candidate", "o": "output gate"}
LSTM_KEYS = tuple(f"{kind}_{gate}" for gate in GATES for kind in ("w", "u", "b"))
RNN_KEYS = ("w_x", "w_h", "b")

# The weights of memory_after when none are given (the memory-race demo uses the same ones).
# RNN (the names of m7.2): h = tanh(2·x + 0.8·h): the 1 comes in strongly, then each step
# keeps at most 0.8 of h.
RNN_MEMORY = {"w_x": 2, "w_h": 0.8, "b": 0}
# LSTM: the forget gate is almost open all the time (σ(5)); the input gate opens only when
# x = 1 (σ(10·1 − 5) = σ(5)) and is almost shut for x = 0 (σ(−5)); the candidate is tanh(3·x).
LSTM_MEMORY = {
    "w_f": 0, "u_f": 0, "b_f": 5,
    "w_i": 10, "u_i": 0, "b_i": -5,
    "w_g": 3, "u_g": 0, "b_g": 0,
    "w_o": 0, "u_o": 0, "b_o": 0,
}
SHOW = ("h", "c", "f", "i", "g", "o")


def _sigma(z: float) -> float:
    """σ(z) = 1 / (1 + e^−z), saying 0 instead of crashing for a huge negative z."""
    try:
        return 1 / (1 + math.exp(-z))
    except OverflowError:
        return 0.0


def _check_weights(weights: Mapping[str, float], keys: Sequence[str], what: str) -> None:
    missing = [k for k in keys if k not in weights]
    extra = [k for k in weights if k not in keys]
    if missing or extra:
        raise ValueError(f"{what} needs exactly the weights {', '.join(keys)}"
                         + (f"; missing {', '.join(missing)}" if missing else "")
                         + (f"; unknown {', '.join(extra)}" if extra else "") + ".")


def gate(weights: Sequence[float], inputs: Sequence[float], bias: float) -> list[Step]:
    """A gate: the weighted sum of the inputs plus the bias, squashed by the sigmoid.

    gate([1, 1], [1, 0.5], 0) -> 1 × 1 = 1, 1 × 0.5 = 0.5, sum 1.5, + 0 = 1.5, σ(1.5) = 0.8176.
    """
    steps = neuron_multi(inputs, weights, bias)
    z = steps[-1].value
    squash = sigmoid(z)
    out = squash[-1].value
    return steps + squash + [
        Step("That is the gate: 0 means closed, 1 means open.", f"gate = {fmt(out)}", out)
    ]


def _pre(weights: Mapping[str, float], name: str, x: float, h: float) -> tuple[str, float]:
    """'w × x + u × h + b = z' for one gate, added left to right like the TS mirror."""
    w, u, b = weights[f"w_{name}"], weights[f"u_{name}"], weights[f"b_{name}"]
    z = w * x + u * h + b
    return f"{fmt(w)} × {fmt(x)} + {fmt(u)} × {fmt(h)} + {fmt(b)} = {fmt(z)}", z


def _gates(weights: Mapping[str, float], x: float, h: float) -> dict[str, float]:
    values = {}
    for name in GATES:
        _, z = _pre(weights, name, x, h)
        values[name] = math.tanh(z) if name == "g" else _sigma(z)
    return values


def lstm_step(x: float, h: float, c: float, weights: Mapping[str, float],
              show: str = "h") -> list[Step]:
    """One LSTM step with one hidden unit; the last value is h_new (or what `show` names).

    show: "h" (the new hidden state, default), "c" (the new cell state) or one gate "f", "i",
    "g", "o". Anything but "h" adds one last step repeating that value.
    """
    _check_weights(weights, LSTM_KEYS, "lstm_step")
    if show not in SHOW:
        raise ValueError(f"show must be one of {', '.join(SHOW)}, not {show!r}.")
    steps: list[Step] = []
    values: dict[str, float] = {}
    for name in GATES:
        text, z = _pre(weights, name, x, h)
        label = GATE_NAMES[name]
        steps.append(Step(f"The {label}: the input times its weight, plus the old h times its "
                          "weight, plus the bias.", text, z))
        if name == "g":
            v = math.tanh(z)
            steps.append(Step("Squash it with tanh (from −1 to 1): the candidate g.",
                              f"g = tanh({fmt(z)}) = {fmt(v)}", v))
        else:
            v = _sigma(z)
            steps.append(Step(f"Squash it with sigmoid (from 0 to 1): the {label} {name}.",
                              f"{name} = σ({fmt(z)}) = {fmt(v)}", v))
        values[name] = v
    keep = values["f"] * c
    write = values["i"] * values["g"]
    c_new = keep + write
    squashed = math.tanh(c_new)
    h_new = values["o"] * squashed
    steps += [
        Step("Keep part of the old cell state: f times c.",
             f"{fmt(values['f'])} × {fmt(c)} = {fmt(keep)}", keep),
        Step("Write part of the candidate: i times g.",
             f"{fmt(values['i'])} × {fmt(values['g'])} = {fmt(write)}", write),
        Step("Add them: the new cell state.", f"c_new = {fmt(keep)} + {fmt(write)} = "
                                              f"{fmt(c_new)}", c_new),
        Step("Squash the new cell state with tanh.", f"tanh({fmt(c_new)}) = {fmt(squashed)}",
             squashed),
        Step("Let the output gate say how much to show: the new hidden state.",
             f"h_new = {fmt(values['o'])} × {fmt(squashed)} = {fmt(h_new)}", h_new),
    ]
    if show == "c":
        steps.append(Step("The value asked for: the new cell state.", f"c_new = {fmt(c_new)}",
                          c_new))
    elif show != "h":
        v = values[show]
        steps.append(Step(f"The value asked for: the {GATE_NAMES[show]}.",
                          f"{show} = {fmt(v)}", v))
    return steps


def memory_after(kind: str, steps: int, weights: Mapping[str, float] | None = None) -> list[Step]:
    """Feed a 1 at step 1, then zeros; one line per step; the last value is what is left.

    kind "rnn": h = tanh(w_x·x + w_h·h + b), weights {w_x, w_h, b} (default RNN_MEMORY).
    kind "lstm": the LSTM step above, weights with twelve keys (default LSTM_MEMORY); the
    memory shown is the cell state c. h and c start at 0.
    """
    if kind not in ("rnn", "lstm"):
        raise ValueError(f"kind must be 'rnn' or 'lstm', not {kind!r}.")
    if int(steps) != steps or not 1 <= steps <= 200:
        raise ValueError(f"steps is a whole number from 1 to 200, not {steps}.")
    steps = int(steps)
    if kind == "rnn":
        w = dict(RNN_MEMORY if weights is None else weights)
        _check_weights(w, RNN_KEYS, "memory_after for an RNN")
    else:
        w = dict(LSTM_MEMORY if weights is None else weights)
        _check_weights(w, LSTM_KEYS, "memory_after for an LSTM")
    out: list[Step] = []
    h = 0.0
    c = 0.0
    for t in range(1, steps + 1):
        x = 1 if t == 1 else 0
        if kind == "rnn":
            z = w["w_x"] * x + w["w_h"] * h + w["b"]
            new_h = math.tanh(z)
            out.append(Step(f"Step {t}: the input is {x}. h = tanh(w_x × x + w_h × h + b).",
                            f"h = tanh({fmt(w['w_x'])} × {x} + {fmt(w['w_h'])} × {fmt(h)} + "
                            f"{fmt(w['b'])}) = {fmt(new_h)}", new_h))
            h = new_h
        else:
            g = _gates(w, x, h)
            new_c = g["f"] * c + g["i"] * g["g"]
            h = g["o"] * math.tanh(new_c)
            out.append(Step(f"Step {t}: the input is {x}. c = f × c + i × g.",
                            f"c = {fmt(g['f'])} × {fmt(c)} + {fmt(g['i'])} × {fmt(g['g'])} = "
                            f"{fmt(new_c)}", new_c))
            c = new_c
    left = h if kind == "rnn" else c
    name = "h" if kind == "rnn" else "c"
    where = "the RNN's hidden state" if kind == "rnn" else "the LSTM's cell state"
    out.append(Step(f"After {steps} steps, this much of the 1 is left in {where}.",
                    f"{name} = {fmt(left)}", left))
    return out
