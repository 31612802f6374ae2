# Data augmentation from scratch: shift a tiny picture of a 1 to make new training images.
digit = [  # a 5 by 5 picture: 1 is a white pixel, 0 a black one
    [0, 0, 1, 0, 0],
    [0, 1, 1, 0, 0],
    [0, 0, 1, 0, 0],
    [0, 0, 1, 0, 0],
    [0, 1, 1, 1, 0],
]


def shift(grid, dx, dy):
    """Move the picture dx to the right and dy down; zeros fill the gaps."""
    rows = len(grid)  # how many rows
    cols = len(grid[0])  # how many pixels in a row
    new = []  # the shifted picture
    for r in range(rows):  # every new row
        row = []  # its pixels
        for c in range(cols):  # every new pixel
            old_r = r - dy  # where it came from
            old_c = c - dx
            if 0 <= old_r < rows and 0 <= old_c < cols:  # inside the old picture
                row.append(grid[old_r][old_c])  # copy that pixel
            else:  # from outside: a gap
                row.append(0)  # fill with black
        new.append(row)  # the row is done
    return new


def show(grid, title):
    """Print a picture: # for a white pixel, . for a black one."""
    print(title)  # what this picture is
    for row in grid:  # each row on its own line
        print(" ".join("#" if v else "." for v in row))  # one character per pixel
    print()  # an empty line after the picture


show(digit, "the original")  # the training image we have
moves = [(1, 0, "right"), (-1, 0, "left"), (0, 1, "down"), (0, -1, "up")]  # one pixel each way
copies = []  # the new training images
for dx, dy, name in moves:  # four shifts
    moved = shift(digit, dx, dy)  # a new picture of the same 1
    copies.append(moved)  # keep it for training
    show(moved, f"shifted 1 pixel {name}")  # look at it
print("training images from one picture:", 1 + len(copies))  # the original and its copies
