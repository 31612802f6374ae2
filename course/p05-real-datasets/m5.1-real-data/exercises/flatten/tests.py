from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _grid(rng):
    rows, cols = rng.randint(2, 5), rng.randint(2, 5)
    return ([[rng.randint(0, 255) for _ in range(cols)] for _ in range(rows)],)


def _cell(rng):
    width = rng.randint(3, 28)
    return (rng.randint(1, 27), rng.randint(0, width - 1), width)


def _by_columns(grid):
    return [grid[r][c] for c in range(len(grid[0])) for r in range(len(grid))]


def _nested(grid):
    return [list(row) for row in grid]


def _no_last_row(grid):
    return [v for row in grid[:-1] for v in row]


def _no_first_row(grid):
    return [v for row in grid[1:] for v in row]


def _pos(row, col, width):
    return final_value("flat_index", {"row": row, "col": col, "width": width})


PROBES = [
    Probe(task=1, call="flatten", args=([[1, 2], [3, 4]],), expect=[1, 2, 3, 4]),
    Probe(task=1, call="flatten", args=([[0, 0, 200], [0, 150, 255]],), expect=[0, 0, 200, 0, 150, 255]),
    Probe(task=1, call="flatten", args=([[7, 8, 9]],)),
    Probe(task=1, call="flatten", args=([[5], [6], [7]],)),
    Probe(task=1, call="flatten", args=_grid),
    Probe(task=2, call="flat_position", args=(2, 5, 28), expect=_pos(2, 5, 28)),
    Probe(task=2, call="flat_position", args=(27, 27, 28), expect=_pos(27, 27, 28)),
    Probe(task=2, call="flat_position", args=(0, 3, 4)),
    Probe(task=2, call="flat_position", args=_cell),
]

MISTAKES = [
    Mistake(task=1, when=_by_columns,
            say="You went down the columns. Lay the rows end to end: all of row 0, then all of row 1."),
    Mistake(task=1, when=_nested,
            say="The rows are still lists inside your list. Add each number on its own, not each row."),
    Mistake(task=1, when=_no_last_row,
            say="The last row is missing. Loop over every row: `for row in grid:`."),
    Mistake(task=1, when=_no_first_row,
            say="The first row is missing. Row 0 is the first row, and it comes first."),
    Mistake(task=2, when=lambda r, c, w: c * w + r,
            say="You swapped row and column. Full rows come first: row × width, then + column."),
    Mistake(task=2, when=lambda r, c, w: (r + 1) * w + c,
            say="Rows count from 0, so row 0 has no full rows before it. Use row × width, not (row + 1) × width."),
    Mistake(task=2, when=lambda r, c, w: r * w + c + 1,
            say="Positions count from 0: row 0, column 0 is position 0. Do not add 1."),
    Mistake(task=2, when=lambda r, c, w: r + c,
            say="Each row before it holds `width` pixels. Multiply the row by the width."),
]
