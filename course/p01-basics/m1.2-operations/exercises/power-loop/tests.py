from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

PROBES = [
    Probe(task=1, call="power", args=(2, 3), expect=final_value("power", {"base": 2, "exponent": 3})),
    Probe(task=1, call="power", args=(7, 0), expect=final_value("power", {"base": 7, "exponent": 0})),
    Probe(task=1, call="power", args=(5, 1)),
    Probe(task=1, call="power", args=(3, 4)),
    Probe(task=1, call="power", args=(0.5, 3)),
    Probe(task=1, call="power", args=(-2, 5)),
    Probe(task=1, call="power", args=lambda rng: (rng.randint(2, 9), rng.randint(2, 6))),
    Probe(task=2, call="story", args=(3,), expect=final_value("power", {"base": 2, "exponent": 3})),
    Probe(task=2, call="story", args=(10,)),
    Probe(task=2, call="story", args=(0,)),
]

MISTAKES = [
    Mistake(task=1, when=lambda base, n: 0,
            say="You always get 0. Did you start the answer at 0? Anything times 0 is 0, so start at 1."),
    Mistake(task=1, when=lambda base, n: base * n,
            say="You multiplied the base by n. A power multiplies the base by itself, n times."),
    Mistake(task=1, when=lambda base, n: base ** (n + 1),
            say="One multiplication too many. Did you start the answer at the base instead of 1?"),
    Mistake(task=1, when=lambda base, n: base ** (n - 1) if n > 0 else None,
            say="One multiplication too few. Check that the loop runs n times: range(n)."),
    Mistake(task=1, when=lambda base, n: base if n > 0 else 1,
            say="Only one multiplication happened. Is your return inside the loop? Move it after the loop."),
    Mistake(task=2, when=lambda rounds: 2 * rounds,
            say="You doubled the number of rounds. Each round doubles the people: 2 to the power rounds."),
]
