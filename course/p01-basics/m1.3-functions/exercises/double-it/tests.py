from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="double", args=(3,), expect=final_value("machine", {"x": 3, "rules": ["× 2"]})),
    Probe(task=1, call="double", args=(5,), expect=final_value("machine", {"x": 5, "rules": ["× 2"]})),
    Probe(task=1, call="double", args=(0,)),
    Probe(task=1, call="double", args=(-4.5,)),
    Probe(task=1, call="double", args=random_floats(1)),
    Probe(task=2, call="add_three", args=(4,), expect=final_value("machine", {"x": 4, "rules": ["+ 3"]})),
    Probe(task=2, call="add_three", args=(-3,)),
    Probe(task=2, call="add_three", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda x: x + 2, say="You added 2. Doubling means times 2: 2 * x."),
    Mistake(task=1, when=lambda x: x * x, say="You multiplied x by itself. Doubling is 2 * x."),
    Mistake(task=1, when=lambda x: x, say="The input came back unchanged. Multiply it by 2."),
    Mistake(task=2, when=lambda x: x * 3, say="You multiplied by 3. The rule adds 3."),
    Mistake(task=2, when=lambda x: x, say="The input came back unchanged. Add 3 to it."),
]
