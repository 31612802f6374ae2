from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _t(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


# The anchor: a worked product really has the size answer_size should give (2 by 2 here).
CELL = final_value("matmul_entry", {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]], "row": 2, "col": 2})

PROBES = [
    Probe(task=1, call="transpose", args=([[1, 2, 3], [4, 5, 6]],), expect=[[1, 4], [2, 5], [3, 6]]),
    Probe(task=1, call="transpose", args=([[1, 2], [3, 4]],)),
    Probe(task=1, call="transpose", args=([[7], [8], [9]],)),
    Probe(task=1, call="transpose", args=([[5, -1]],)),
    Probe(task=2, call="answer_size", args=([[1, 2], [3, 4]], [[5, 6], [7, 8]]), expect=[2, 2] if CELL == 50 else None),
    Probe(task=2, call="answer_size", args=([[1, 2, 3], [4, 5, 6]], [[1], [2], [3]]), expect=[2, 1]),
    Probe(task=2, call="answer_size", args=([[1, 2, 3]], [[1, 2], [3, 4]]), expect=None),
    Probe(task=2, call="answer_size", args=([[1], [2]], [[3, 4, 5]]), expect=[2, 3]),
    Probe(task=2, call="answer_size", args=([[1, 2]], [[1, 2]]), expect=None),
]

MISTAKES = [
    Mistake(task=1, when=lambda m: m, say="The matrix came back unchanged. Turn each column into a row."),
    Mistake(task=1, when=lambda m: [row[::-1] for row in m], say="You turned each row back to front. Turn each column into a row instead."),
    Mistake(task=2, when=lambda a, b: [len(a[0]), len(b)] if len(a[0]) == len(b) else None,
            say="Those are the two sizes that must match. The answer has a's rows and b's columns."),
    Mistake(task=2, when=lambda a, b: [len(a), len(b[0])],
            say="Check first that the sizes fit: each row of a must be as long as each column of b. If not, return None."),
    Mistake(task=2, when=lambda a, b: [len(a), len(b[0])] if len(a) == len(b) else None,
            say="Compare the columns of a (len(a[0])) with the rows of b (len(b)), not the rows of both."),
]
