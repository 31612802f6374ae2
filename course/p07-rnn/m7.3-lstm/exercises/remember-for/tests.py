import math

from fromzero.course.markdown import final_value
from fromzero.explain import explain
from fromzero.grading import Mistake, Probe

STEPS = 30


def _cell(b_f, b_i):
    """The task's LSTM unit: f = σ(b_f), i = σ(10x + b_i), g = tanh(3x − 1)."""
    return {"w_f": 0, "u_f": 0, "b_f": b_f, "w_i": 10, "u_i": 0, "b_i": b_i,
            "w_g": 3, "u_g": 0, "b_g": -1, "w_o": 0, "u_o": 0, "b_o": 0}


def _judge(got):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return a pair of two numbers: (b_f, b_i)."
    b_f, b_i = got
    if not all(isinstance(v, int | float) and math.isfinite(v) for v in (b_f, b_i)):
        return "Return a pair of two numbers: (b_f, b_i)."
    if abs(b_f) > 50 or abs(b_i) > 50:
        return "Keep both biases between −50 and 50: a real network never needs more."
    # Every step of the memory race, worked out by fromzero.explain.
    trace = [s.value for s in explain("memory_after", kind="lstm", steps=STEPS,
                                      weights=_cell(b_f, b_i))[:-1]]
    if trace[0] < 0.5:
        return (f"After step 1 the cell state is only {trace[0]:.4f}: the 1 was never written. "
                "The input gate must be open when x is 1, so 10 + b_i should be well above 0.")
    if trace[-1] > 0.5:
        return None
    f = 1 / (1 + math.exp(-b_f))
    i_zero = 1 / (1 + math.exp(-b_i))
    if i_zero > 0.05:
        return (f"After {STEPS} steps the cell state is {trace[-1]:.4f}. When x is 0 the input "
                f"gate is σ({b_i:g}) = {i_zero:.4f}: it lets the candidate tanh(−1) in and "
                "pulls the memory down. Make b_i lower so the input gate is shut for x = 0.")
    return (f"After {STEPS} steps the cell state is {trace[-1]:.4f}, not above 0.5. The forget "
            f"gate σ({b_f:g}) = {f:.4f} is used {STEPS - 1} times, so the memory fades. "
            "Make b_f bigger, so the forget gate is closer to 1.")


PROBES = [
    Probe(task=1, call="remember_for", args=(2, 0.9),
          expect=final_value("power", {"base": 0.9, "exponent": 2})),
    Probe(task=1, call="remember_for", args=(20, 0.8),
          expect=final_value("power", {"base": 0.8, "exponent": 20})),
    Probe(task=1, call="remember_for", args=(1, 0.5)),
    Probe(task=1, call="remember_for", args=(29, 0.99)),
    Probe(task=2, call="choose_biases", args=(), check=_judge,
          name="a 1, then 29 zeros: still above 0.5 at step 30?"),
]

MISTAKES = [
    Mistake(task=1, when=lambda steps, f: f ** (steps - 1),
            say="One multiplication is missing. The forget gate is used once in every step, "
                "so `steps` times."),
    Mistake(task=1, when=lambda steps, f: f * steps,
            say="You multiplied f by the number of steps. Each step multiplies the memory by "
                "f again: f times f times f, `steps` times."),
    Mistake(task=1, when=lambda steps, f: 1 - f * steps,
            say="The memory does not lose a fixed amount each step. It keeps the part f of "
                "what it had: multiply by f, once per step."),
]
TOLERANCE = 1e-6
