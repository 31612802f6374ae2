from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="to_fahrenheit", args=(100,),
          expect=final_value("machine", {"x": 100, "rules": ["× 1.8", "+ 32"]})),
    Probe(task=1, call="to_fahrenheit", args=(0,)),
    Probe(task=1, call="to_fahrenheit", args=(-40,)),
    Probe(task=1, call="to_fahrenheit", args=(37,)),
    Probe(task=1, call="to_fahrenheit", args=random_floats(1, -30, 40)),
    Probe(task=2, call="to_celsius", args=(212,),
          expect=final_value("machine", {"x": 212, "rules": ["− 32", "÷ 1.8"]})),
    Probe(task=2, call="to_celsius", args=(32,)),
    Probe(task=2, call="to_celsius", args=(-40,)),
    Probe(task=2, call="to_celsius", args=(98.6,)),
    Probe(task=2, call="to_celsius", args=random_floats(1, 0, 100)),
]

MISTAKES = [
    Mistake(task=1, when=lambda c: (c + 32) * 1.8, say="You added 32 first. Multiply by 1.8 first, then add 32."),
    Mistake(task=1, when=lambda c: c * 1.8, say="Did you forget to add 32?"),
    Mistake(task=2, when=lambda f: f / 1.8 - 32,
            say="You undid the steps in the same order. Undo the last step first: take away 32, then divide by 1.8."),
    Mistake(task=2, when=lambda f: f - 32 / 1.8,
            say="Python divided before taking away. Put brackets around f - 32."),
    Mistake(task=2, when=lambda f: (f - 32) * 1.8, say="To undo times 1.8, divide by 1.8."),
]
