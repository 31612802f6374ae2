# Padding and max pooling from scratch, on tiny grids of numbers.


def pad(grid, p):
    """A new grid with a border of p zeros all round."""
    width = len(grid[0]) + 2 * p  # each row grows by p on the left and p on the right
    new = []  # the padded grid, built row by row
    for _ in range(p):  # p rows of zeros on top
        new.append([0] * width)
    for row in grid:  # every old row, with zeros on both sides
        new.append([0] * p + row + [0] * p)
    for _ in range(p):  # p rows of zeros at the bottom
        new.append([0] * width)
    return new


def max_pool(grid, size):
    """Keep the biggest number of each size by size window; windows do not overlap."""
    rows = len(grid) // size  # how many windows fit down the grid
    cols = len(grid[0]) // size  # how many fit across
    new = []  # the pooled map
    for r in range(rows):  # each row of windows
        row = []  # the kept numbers of this row
        for c in range(cols):  # each window in it
            window = []  # the numbers inside this window
            for i in range(size):  # its rows
                for j in range(size):  # its columns
                    window.append(grid[r * size + i][c * size + j])
            row.append(max(window))  # keep only the biggest
            print(f"  window at row {r + 1}, column {c + 1}: max{tuple(window)} = {max(window)}")
        new.append(row)  # this row of the pooled map is done
    return new


def show(grid, title):
    """Print a grid, one row per line."""
    print(title)  # what this grid is
    for row in grid:  # each row on its own line
        print("  " + " ".join(f"{v:2}" for v in row))  # numbers lined up


image = [[5, 1, 3], [2, 8, 4], [7, 0, 6]]  # a 3 by 3 image
show(image, "image, 3 by 3:")  # before
show(pad(image, 1), "padded with p = 1, now 5 by 5:")  # after: a frame of zeros

feature_map = [  # a 4 by 4 feature map: a big number means "edge found here"
    [9, 1, 0, 0],
    [2, 3, 0, 1],
    [0, 0, 1, 0],
    [1, 0, 7, 2],
]
show(feature_map, "feature map, 4 by 4:")  # 16 numbers
print("max pooling, 2 by 2:")  # four windows
pooled = max_pool(feature_map, 2)  # prints each window
show(pooled, "pooled, 2 by 2:")  # 4 numbers

moved = [  # the same map, everything moved one column to the right
    [0, 9, 1, 0],
    [0, 2, 3, 0],
    [0, 0, 0, 1],
    [0, 1, 0, 7],
]
print("the same map moved one column right:")  # a small shift
show(max_pool(moved, 2), "pooled:")  # compare with the pooled map above
