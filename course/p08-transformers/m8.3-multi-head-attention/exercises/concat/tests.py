from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

LESSON = [[1, 0.9092], [0.2775, 1.7225]]
FOUR = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8]]


def _flat(parts):
    return [v for p in parts for v in p]


def _is_flat(got):
    if not isinstance(got, list):
        return "concat should return a list."
    if any(isinstance(v, list) for v in got):
        return ("You returned a list of lists. Concatenate means one flat list: put the numbers "
                "of each part one after another.")
    return None


def _length(parts):
    want = final_value("concat", {"parts": parts})

    def check(got):
        problem = _is_flat(got)
        if problem:
            return problem
        if len(got) != want:
            return (f"Your list has {len(got)} numbers, but the parts have {want} numbers "
                    "together. Keep every number of every part.")
        return None

    return check


def _add(parts):
    n = max(len(p) for p in parts)
    return [sum(p[i] for p in parts if i < len(p)) for i in range(n)]


def _random(rng):
    return ([[round(rng.uniform(-3, 3), 1) for _ in range(rng.randint(1, 3))]
             for _ in range(rng.randint(2, 4))],)


PROBES = [
    Probe(task=1, call="concat", args=(LESSON,), name="token 1's two head outputs",
          expect=_flat(LESSON)),
    Probe(task=1, call="concat", args=(FOUR,), name="four heads of 2", check=_length(FOUR)),
    Probe(task=1, call="concat", args=([[1, 2], [3, 4]],)),
    Probe(task=1, call="concat", args=([[5], [6, 7, 8]],)),
    Probe(task=1, call="concat", args=([[1, 2], [], [3]],)),
    Probe(task=1, call="concat", args=([[4, 5, 6]],)),
    Probe(task=1, call="concat", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_add,
            say="You added the lists number by number. Concatenating glues them end to end: "
                "[1, 2] and [3, 4] give [1, 2, 3, 4], not [4, 6]."),
    Mistake(task=1, when=lambda parts: [list(p) for p in parts],
            say="You returned a list of lists. Concatenate means one flat list: put the numbers "
                "of each part one after another."),
    Mistake(task=1, when=lambda parts: _flat(parts[::-1]),
            say="The parts came out in the wrong order. Head 1's numbers go first, then head "
                "2's, and so on."),
]
TOLERANCE = 1e-9
