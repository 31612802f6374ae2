from fromzero.grading import Mistake, Probe, random_floats

PROBES = [
    Probe(task=1, call="fahrenheit", args=(0,)),
    Probe(task=1, call="fahrenheit", args=(100,), expect=212),  # water boils
    Probe(task=1, call="fahrenheit", args=(37,)),
    Probe(task=1, call="fahrenheit", args=(-40,), expect=-40),  # where both scales meet
    Probe(task=1, call="fahrenheit", args=random_floats(1)),
    Probe(task=2, call="kelvin", args=(0,), expect=273.15),  # water freezes
    Probe(task=2, call="kelvin", args=(25,)),
    Probe(task=2, call="kelvin", args=(-273.15,)),
    Probe(task=2, call="kelvin", args=random_floats(1)),
]

MISTAKES = [
    Mistake(task=1, when=lambda c: c * 1.8,
            say="Did you forget to add the bias, 32?"),
    Mistake(task=1, when=lambda c: c * 32 + 1.8,
            say="You swapped the weight and the bias. Multiply by 1.8, then add 32."),
    Mistake(task=1, when=lambda c: (c + 32) * 1.8,
            say="You added 32 before multiplying. A neuron multiplies first, then adds the bias."),
    Mistake(task=1, when=lambda c: (c - 32) / 1.8,
            say="That turns Fahrenheit into Celsius. We want the other way: multiply by 1.8, then add 32."),
    Mistake(task=2, when=lambda c: c - 273.15,
            say="You took 273.15 away. The bias is added: celsius + 273.15."),
    Mistake(task=2, when=lambda c: c * 273.15,
            say="You multiplied by 273.15. That is the bias, so add it instead."),
    Mistake(task=2, when=lambda c: c + 273,
            say="Close! The bias is 273.15, not 273."),
]

TOLERANCE = 1e-6
