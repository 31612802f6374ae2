from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

PROBES = [
    Probe(task=1, call="improve", args=(9, 1), expect=5),
    Probe(task=1, call="improve", args=(9, 5)),
    Probe(task=1, call="improve", args=(2, 1.5)),
    Probe(task=1, call="improve", args=(100, 20)),
    Probe(task=1, call="improve", args=lambda rng: (rng.randint(1, 50), rng.randint(1, 9))),
    Probe(task=2, call="square_root", args=(9,), expect=final_value("sqrt", {"x": 9})),
    Probe(task=2, call="square_root", args=(2,), expect=final_value("sqrt", {"x": 2})),
    Probe(task=2, call="square_root", args=(144,)),
    Probe(task=2, call="square_root", args=(0.25,)),
    Probe(task=2, call="square_root", args=lambda rng: (rng.randint(1, 1000),)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x, guess: guess + x / guess / 2,
            say="Mind the brackets: add guess and x ÷ guess first, then divide the sum by 2."),
    Mistake(task=1, when=lambda x, guess: x / guess,
            say="That is x ÷ guess. Now take the middle of it and the guess."),
    Mistake(task=1, when=lambda x, guess: (guess + x) / 2,
            say="Take the middle of the guess and x ÷ guess, not of the guess and x."),
    Mistake(task=2, when=lambda x: x / 2,
            say="That is half of x. The square root times itself gives x: keep improving the guess."),
    Mistake(task=2, when=lambda x: (1 + x) / 2,
            say="That is only one improvement. Did you return inside the loop, or forget to keep the new guess?"),
]

TOLERANCE = 1e-6
