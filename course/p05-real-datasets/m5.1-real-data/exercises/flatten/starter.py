def flatten(grid):
    """Return all the rows of grid laid end to end in one list: row 0, then row 1, ..."""
    # Your code here


def flat_position(row, col, width):
    """Return where row `row`, column `col` lands once a grid `width` wide is flattened."""
    # Your code here
