from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_lists

PROBES = [
    Probe(task=1, call="mean_squared_error", args=([0.5, 0.7, 0.8], [0.8, 0.8, 0.8]),
          expect=final_value("mse", {"predictions": [0.5, 0.7, 0.8], "targets": [0.8, 0.8, 0.8]})),
    Probe(task=1, call="mean_squared_error", args=([1, -1, 2.5], [0, 1, 2]),
          expect=final_value("mse", {"predictions": [1, -1, 2.5], "targets": [0, 1, 2]})),
    Probe(task=1, call="mean_squared_error", args=([3], [1])),
    Probe(task=1, call="mean_squared_error", args=([0.7, 1.3], [1, 1])),
    Probe(task=1, call="mean_squared_error", args=random_lists(2, 4)),
    Probe(task=1, call="mean_squared_error", args=random_lists(2, 5)),
]


def _squares(p, t):
    return [(a - b) * (a - b) for a, b in zip(p, t)]


MISTAKES = [
    Mistake(task=1, when=lambda p, t: sum(_squares(p, t)),
            say="Did you forget to divide by the number of examples?"),
    Mistake(task=1, when=lambda p, t: _squares(p, t)[0],
            say="Only the first example counted. Did you return inside the loop? Return after the loop ends."),
    Mistake(task=1, when=lambda p, t: _squares(p, t)[0] / len(p),
            say="Only the first example counted. Did you return inside the loop? Return after the loop ends."),
    Mistake(task=1, when=lambda p, t: _squares(p, t)[-1] / len(p),
            say="Only the last example counted. Add each square to the total with total = total + ..., "
                "instead of replacing it."),
    Mistake(task=1, when=lambda p, t: sum(_squares(p[1:], t[1:])) / len(p),
            say="The first example is missing. Positions start at 0: use range(len(predictions))."),
    Mistake(task=1, when=lambda p, t: (sum(p) / len(p) - sum(t) / len(t)) ** 2,
            say="You squared the mean error. Square each error first, then take the mean of the squares."),
    Mistake(task=1, when=lambda p, t: sum(a - b for a, b in zip(p, t)) / len(p),
            say="You forgot to square the errors, so the negative and positive ones cancel out."),
    Mistake(task=1, when=lambda p, t: sum(_squares(p, t)) / (len(p) - 1),
            say="You divided by one less than the number of examples. Divide by len(predictions)."),
]

TOLERANCE = 1e-6
