from fromzero.grading import Mistake, Probe


def _scores(rng):
    n = rng.randint(3, 10)
    whole = rng.sample(range(-50, 51), n)  # different numbers, so there is no tie
    return ([w / 10 for w in whole],)


def _best(scores):
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


def _smallest(scores):
    return min(range(len(scores)), key=lambda i: (scores[i], i))


PROBES = [
    # Anchor: the lesson's scores 0.65, 0.3 and 0.8; the biggest sits at position 2.
    Probe(task=1, call="predict", args=([0.65, 0.3, 0.8],), expect=2),
    Probe(task=1, call="predict", args=([4.0, -1.0, 2.0, 0.5],), expect=0),
    Probe(task=1, call="predict", args=([-2.0, -1.25, -3.5],), expect=1),
    Probe(task=1, call="predict", args=([1.5, 2.5, 2.5, 0.0],), name="a tie: predict([1.5, 2.5, 2.5, 0.0])"),
    Probe(task=1, call="predict", args=_scores),
    Probe(task=1, call="predict", args=_scores),
]

MISTAKES = [
    Mistake(task=1, when=lambda scores: max(scores),
            say="You returned the biggest score itself. Return its position in the list: the class number."),
    Mistake(task=1, when=lambda scores: _best(scores) + 1,
            say="Positions in Python start at 0, so the first class is class 0. Did you add 1?"),
    Mistake(task=1, when=lambda scores: 0 if max(scores) < 0 else None,
            say="Every score here is below 0. Did you start the biggest so far at 0? Start with the first score instead."),
    Mistake(task=1, when=_smallest,
            say="That is the position of the smallest score. The network picks the biggest one."),
    Mistake(task=1, when=lambda scores: max(i for i in range(len(scores)) if scores[i] == max(scores)),
            say="Two scores tie here. Return the first of them: use > and not >=."),
]
