from fromzero.explain import explain
from fromzero.grading import Mistake, Probe, random_lists


def _final(concept, **inputs):
    """The value a worked example ends on: an anchor that does not trust solution.py."""
    return explain(concept, **inputs)[-1].value


WEIGHTS = [0.8, 0.25, -10]
BIAS = -12
WEEK = [[25, 40, 0], [10, 8, 1], [30, 60, 0], [20, 20, 1], [18, 30, 0], [22, 50, 0],
        [15, 12, 0]]
RAINY_WEEK = [[12, 10, 1], [14, 6, 1], [9, 20, 1]]


def _z(inputs, weights, b):
    return sum(x * w for x, w in zip(inputs, weights)) + b


def _relu(z):
    return max(0, z)


def _cups(t, p, r):
    return _relu(_z([t, p, r], WEIGHTS, BIAS))


def _lemonade(t, p, r):
    return _final("complete_neuron", inputs=[t, p, r], weights=WEIGHTS, b=BIAS, activation="relu")


PROBES = [
    Probe(task=1, call="relu_neuron", args=([1, 2, 3], [-0.5, 0.25, -0.75], 0.1),
          expect=_final("complete_neuron", inputs=[1, 2, 3], weights=[-0.5, 0.25, -0.75], b=0.1,
                        activation="relu")),
    Probe(task=1, call="relu_neuron", args=([2, 5, 1], [0.4, 0.6, 0.5], 0.5),
          expect=_final("complete_neuron", inputs=[2, 5, 1], weights=[0.4, 0.6, 0.5], b=0.5,
                        activation="relu")),
    Probe(task=1, call="relu_neuron", args=([3, 7, 2], [0.5, 0.3, 0.8], -6)),
    Probe(task=1, call="relu_neuron", args=random_lists(2, 3, then=1)),
    Probe(task=1, call="relu_neuron", args=random_lists(2, 3, then=1)),
    Probe(task=2, call="cups_to_make", args=(25, 40, 0), expect=_lemonade(25, 40, 0)),
    Probe(task=2, call="cups_to_make", args=(10, 8, 1), expect=_lemonade(10, 8, 1)),
    Probe(task=2, call="cups_to_make", args=(30, 60, 0)),
    Probe(task=2, call="cups_to_make", args=(20, 20, 1)),
    Probe(task=2, call="cups_to_make", args=(28, 70, 1)),
    Probe(task=3, call="plan_week", args=(WEEK,), name="plan_week(a sunny week)",
          expect=[_lemonade(*day) for day in WEEK]),
    Probe(task=3, call="plan_week", args=(RAINY_WEEK,), name="plan_week(a rainy week)"),
    Probe(task=3, call="plan_week", args=([],), name="plan_week(no days at all)"),
    Probe(task=4, call="total_cups", args=(WEEK,), name="total_cups(a sunny week)",
          expect=sum(_lemonade(*day) for day in WEEK)),
    Probe(task=4, call="total_cups", args=(RAINY_WEEK,), name="total_cups(a rainy week)"),
]

MISTAKES = [
    Mistake(task=1, when=lambda inputs, weights, b: _z(inputs, weights, b),
            say="Did you forget ReLU? A negative total must become 0."),
    Mistake(task=1, when=lambda inputs, weights, b: _relu(_z(inputs, weights, 0)) + b,
            say="You added the bias after ReLU. Add it before, so ReLU is the last step."),
    Mistake(task=1, when=lambda inputs, weights, b: _relu(_z(inputs, weights, 0)),
            say="Did you forget to add the bias?"),
    Mistake(task=1, when=lambda inputs, weights, b: _relu(inputs[0] * weights[0] + b),
            say="You only used the first input. Loop over all three."),
    Mistake(task=1, when=lambda inputs, weights, b: abs(_z(inputs, weights, b)),
            say="ReLU does not make a negative total positive. It turns it into 0."),
    Mistake(task=2, when=lambda t, p, r: _z([t, p, r], WEIGHTS, BIAS),
            say="You planned a negative number of cups. Put the total through ReLU."),
    Mistake(task=2, when=lambda t, p, r: _relu(_z([t, p, r], [0.25, 0.8, -10], BIAS)),
            say="The weights are in the wrong order: 0.8 goes with the temperature and 0.25 "
                "with the people."),
    Mistake(task=2, when=lambda t, p, r: _relu(_z([t, p, r], [0.8, 0.25, 10], BIAS)),
            say="Rain should pull the answer down: its weight is -10, not 10."),
    Mistake(task=2, when=lambda t, p, r: _relu(_z([t, p, r], WEIGHTS, 12)),
            say="The bias is -12, not 12."),
    Mistake(task=3, when=lambda days: sum(_cups(*d) for d in days),
            say="You added the days up. This task wants a list with one number per day."),
    Mistake(task=3, when=lambda days: _cups(*days[0]),
            say="You returned only the first day. Return a list with every day in it."),
    Mistake(task=3, when=lambda days: [_cups(*d) for d in days[:-1]],
            say="The last day is missing. Make sure the loop visits every day."),
    Mistake(task=4, when=lambda days: [_cups(*d) for d in days],
            say="You returned the list of days. Add the days' cups up into one number."),
    Mistake(task=4, when=lambda days: _cups(*days[-1]),
            say="Only the last day is left. Did you set the total back to 0 inside the loop?"),
]
