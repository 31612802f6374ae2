from fromzero.grading import Mistake, Probe

CAT, SAT, MAT = [0.5, 0.8, 0.2], [0.3, 0.4, 0.9], [0.7, 0.2, 0.5]
LESSON = (["cat", "sat", "mat"], [CAT, SAT, MAT])
FRUIT = (["red", "apples", "and", "green", "pears"],
         [[2, 0, 0], [0.3, 2, 0], [0, 0, 1], [2, 0.2, 0], [0.2, 2, 0]])
BALL = (["rex", "chased", "the", "ball", "and", "caught", "it"],
        [[2, 0, 0.3], [0.5, 0.3, 2], [0.2, 0.2, 0.2], [0, 2, 0.3], [0, 0, 0.5], [0.5, 0.3, 2],
         [0.2, 1.5, 0]])
TIE = (["a", "b", "c"], [[1, 0], [0, 1], [0, 1]])


def _scores(words, vectors, word):
    q = vectors[words.index(word)]
    return [sum(a * b for a, b in zip(q, v)) for v in vectors]


def _best(words, vectors, word, skip_self=True, biggest=True):
    me = words.index(word)
    s = _scores(words, vectors, word)
    ks = [k for k in range(len(words)) if not (skip_self and k == me)]
    pick = max if biggest else min
    return pick(ks, key=lambda k: s[k])


def _random(rng):
    n = rng.randint(3, 6)
    words = ["w" + str(i) for i in range(n)]
    vectors = [[round(rng.uniform(-2, 2), 1) for _ in range(3)] for _ in range(n)]
    return (words, vectors, words[rng.randrange(n)])


PROBES = [
    # Anchors: the lesson's hand-made sentences, whose answers the lesson shows.
    Probe(task=1, call="most_attended", args=(*LESSON, "sat"), expect="mat",
          name="sat in cat sat mat"),
    Probe(task=1, call="most_attended", args=(*FRUIT, "red"), expect="green",
          name="red in red apples and green pears"),
    Probe(task=1, call="most_attended", args=(*BALL, "it"), expect="ball",
          name="it in rex chased the ball and caught it"),
    Probe(task=1, call="most_attended", args=(*LESSON, "cat")),
    Probe(task=1, call="most_attended", args=(*TIE, "a"), expect="b", name="a tie: keep the first"),
    Probe(task=1, call="most_attended", args=_random),
    Probe(task=1, call="most_attended", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda w, v, x: w[_best(w, v, x, skip_self=False)],
            say="You returned the word itself. A word's vector usually lines up best with its "
                "own vector, so skip the word's own position and look only at the others."),
    Mistake(task=1, when=lambda w, v, x: _best(w, v, x),
            say="You returned a position (a number). Return the word at that position: "
                "words[best]."),
    Mistake(task=1, when=lambda w, v, x: _best(w, v, x, skip_self=False),
            say="You returned a position (a number), and you did not skip the word itself. "
                "Skip its own position, then return the word at the best position."),
    Mistake(task=1, when=lambda w, v, x: w[_best(w, v, x, biggest=False)],
            say="You returned the word with the smallest weight. Keep the word whose weight is "
                "bigger than the best so far."),
]
