from fromzero.course.markdown import final_value
from fromzero.explain.multi_head import head_numbers
from fromzero.grading import Mistake, Probe

X = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]]
HEAD1 = {"w_q": [[1, 0, 1, 0], [0, 1, 0, 0]], "w_k": [[0, 1, 0, 1], [1, 0, 0, 1]],
         "w_v": [[1, 0, 0, 1], [0, 1, -1, 0]]}
HEAD2 = {"w_q": [[1, 0, 1, 0], [0, 0, 0, 2]], "w_k": [[1, 0, 1, 0], [0, -1, 0, 2]],
         "w_v": [[0, 1, 0, 1], [1, 0, 1, 0]]}
W_O = [[1, 0, 0, 1], [0, 1, 0, 0], [1, 0, 1, 0], [0, 0, 1, -1]]
LESSON = (X, [(h["w_q"], h["w_k"], h["w_v"]) for h in (HEAD1, HEAD2)], W_O)
INPUTS = {"x": X, "heads": [HEAD1, HEAD2], "w_o": W_O}


def _outs(X, heads):
    return [head_numbers(X, wq, wk, wv)["outputs"] for wq, wk, wv in heads]


def _times(rows, m):
    """m times each of the lists in rows, as in m8.2: each row of m dotted with the list."""
    return [[sum(a * b for a, b in zip(row, r)) for row in m] for r in rows]


def _columns(X, heads, W_o):
    """The glued lists times the columns of W_o (x · W): the other way round from m8.2."""
    return [[sum(g[k] * W_o[k][j] for k in range(len(g))) for j in range(len(W_o[0]))]
            for g in _glued(X, heads)]


def _glued(X, heads):
    outs = _outs(X, heads)
    return [[v for out in outs for v in out[i]] for i in range(len(X))]


def _right(X, heads, W_o):
    return _times(_glued(X, heads), W_o)


def _averaged(X, heads, W_o):
    outs = _outs(X, heads)
    avg = [[sum(out[i][k] for out in outs) / len(outs) for k in range(len(outs[0][i]))]
           for i in range(len(X))]
    return _times(avg, W_o)


def _first_twice(X, heads, W_o):
    return _right(X, [heads[0]] * len(heads), W_o)


def _anchor(got):
    want = final_value("multi_head", {**INPUTS, "show": [3, 1]})
    if not isinstance(got, list) or len(got) != 3 or not isinstance(got[2], list) or not got[2]:
        return "multi_head_attention should return a list with one list per token: 3 here."
    if abs(got[2][0] - want) > 1e-6:
        return f"Token 3's first number should be about {want:.4f}, but it is {got[2][0]:.4f}."
    return None


def _random(rng):
    def m(rows, cols):
        return [[round(rng.uniform(-1, 1), 1) for _ in range(cols)] for _ in range(rows)]

    n_heads, size, tokens = rng.choice([2, 3]), 2, rng.randint(2, 4)
    width = n_heads * size
    return (m(tokens, width), [(m(size, width), m(size, width), m(size, width))
                               for _ in range(n_heads)], m(width, width))


PROBES = [
    Probe(task=1, call="multi_head_attention", args=LESSON, name="the lesson's two heads",
          expect=_right(*LESSON)),
    Probe(task=1, call="multi_head_attention", args=LESSON, name="token 3's first number",
          check=_anchor),
    Probe(task=1, call="multi_head_attention",
          args=([[0.5, -1], [2, 0.25]], [([[1, 0.3], [-0.5, 2]], [[0.2, -1], [1, 0.4]],
                                          [[1, -0.5], [0, 1]])], [[2, 0], [-1, 1]])),
    Probe(task=1, call="multi_head_attention", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=_averaged,
            say="You averaged the heads. Concatenate them instead: glue each token's outputs "
                "end to end, so W_o can still tell the heads apart."),
    Mistake(task=1, when=lambda X, heads, W_o: _glued(X, heads),
            say="You returned the glued lists. Work out W_o times each one too: that mixes the "
                "heads together."),
    Mistake(task=1, when=_columns,
            say="You used the columns of W_o. As in m8.2, each row of W_o, dotted with the glued "
                "list, makes one number: use matvec(W_o, glued)."),
    Mistake(task=1, when=_first_twice,
            say="Every head gave the same output: you used head 1 twice (or more). Run each "
                "head with its own W_q, W_k and W_v."),
]
TOLERANCE = 1e-6
