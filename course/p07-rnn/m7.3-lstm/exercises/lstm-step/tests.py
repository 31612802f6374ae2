import math

from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

KEYS = [f"{kind}_{gate}" for gate in "figo" for kind in "wub"]
LESSON = {"w_f": 1, "u_f": 1, "b_f": 0, "w_i": 0.5, "u_i": -1, "b_i": 0,
          "w_g": 1, "u_g": 1, "b_g": -0.5, "w_o": 2, "u_o": 0, "b_o": -1}
REMEMBER = {"w_f": 0, "u_f": 0, "b_f": 5, "w_i": 10, "u_i": 0, "b_i": -5,
            "w_g": 3, "u_g": 0, "b_g": 0, "w_o": 0, "u_o": 0, "b_o": 0}
MIXED = {"w_f": -1, "u_f": 0.5, "b_f": 0.5, "w_i": 1.5, "u_i": 0.2, "b_i": -0.3,
         "w_g": -2, "u_g": 1, "b_g": 0.1, "w_o": 0.7, "u_o": -0.4, "b_o": 0.2}


def _anchor(x, h, c, weights):
    """(h_new, c_new) as fromzero.explain works them out."""
    inputs = {"x": x, "h": h, "c": c, "weights": weights}
    return (final_value("lstm_step", inputs), final_value("lstm_step", {**inputs, "show": "c"}))


def _random(rng):
    params = {k: round(rng.uniform(-2, 2), 1) for k in KEYS}
    return (round(rng.uniform(-1, 1), 2), round(rng.uniform(-0.9, 0.9), 2),
            round(rng.uniform(-2, 2), 2), params)


def _sig(z):
    return 1 / (1 + math.exp(-z))


def _gates(x, h, p, forget=_sig):
    pre = {g: p[f"w_{g}"] * x + p[f"u_{g}"] * h + p[f"b_{g}"] for g in "figo"}
    return forget(pre["f"]), _sig(pre["i"]), math.tanh(pre["g"]), _sig(pre["o"])


def _no_tanh(x, h, c, p):
    f, i, g, o = _gates(x, h, p)
    c_new = f * c + i * g
    return (o * c_new, c_new)


def _swapped(x, h, c, p):
    f, i, g, o = _gates(x, h, p)
    c_new = f * c + i * g
    return (c_new, o * math.tanh(c_new))


def _tanh_forget(x, h, c, p):
    f, i, g, o = _gates(x, h, p, forget=math.tanh)
    c_new = f * c + i * g
    return (o * math.tanh(c_new), c_new)


def _sigmoid_candidate(x, h, c, p):
    f, i, _, o = _gates(x, h, p)
    g = _sig(p["w_g"] * x + p["u_g"] * h + p["b_g"])
    c_new = f * c + i * g
    return (o * math.tanh(c_new), c_new)


PROBES = [
    Probe(task=1, call="lstm_step", args=(1, 0.5, 0.8, LESSON), expect=_anchor(1, 0.5, 0.8, LESSON),
          name="the lesson's step"),
    Probe(task=1, call="lstm_step", args=(0, 0, 1, REMEMBER), expect=_anchor(0, 0, 1, REMEMBER),
          name="remember: the cell passes almost unchanged"),
    Probe(task=1, call="lstm_step", args=(-0.5, 0.3, -1.5, MIXED),
          expect=_anchor(-0.5, 0.3, -1.5, MIXED)),
    Probe(task=1, call="lstm_step", args=(1, 0, 0, REMEMBER)),
    Probe(task=1, call="lstm_step", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_no_tanh,
            say="Your h_new is o × c_new. Squash the new cell state with tanh first: "
                "h_new = o × tanh(c_new)."),
    Mistake(task=1, when=_swapped,
            say="Your two numbers are swapped. Return the hidden state first and the cell "
                "state second: (h_new, c_new)."),
    Mistake(task=1, when=_tanh_forget,
            say="Your forget gate uses tanh. Gates use the sigmoid, so they stay from 0 to 1; "
                "only the candidate g uses tanh."),
    Mistake(task=1, when=_sigmoid_candidate,
            say="Your candidate g uses the sigmoid. g is what may be written, and it can be "
                "below 0: make it with tanh."),
]
TOLERANCE = 1e-6
