def flatten(grid):
    """Return all the rows of grid laid end to end in one list: row 0, then row 1, ..."""
    flat = []  # the long list
    for row in grid:  # top row first
        for value in row:  # left to right
            flat.append(value)  # one number at a time, never a whole row
    return flat


def flat_position(row, col, width):
    """Return where row `row`, column `col` lands once a grid `width` wide is flattened."""
    return row * width + col  # the full rows before it, then the steps along its own row
