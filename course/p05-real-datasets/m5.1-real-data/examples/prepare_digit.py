# Turn a tiny picture and its label into what a network eats.
# The picture is 4 × 4 pixels (MNIST pictures are 28 × 28, same idea).

picture = [  # a list of rows; each row is a list of brightness values
    [0, 0, 200, 0],  # row 0
    [0, 150, 255, 0],  # row 1
    [0, 0, 255, 0],  # row 2
    [0, 100, 255, 100],  # row 3: it looks a bit like the digit 1
]
label = 1  # the answer: this picture shows the digit 1

# Step 1: normalise. Divide every pixel by 255, so 0..255 becomes 0..1.
small = []  # the new grid, row by row
for row in picture:  # take one row at a time
    new_row = []  # the normalised numbers of this row
    for pixel in row:  # each pixel in the row
        new_row.append(round(pixel / 255, 2))  # divide by 255; round to 2 places to print
    small.append(new_row)  # keep the finished row
    print("row", row, "->", new_row)  # show the row before and after

# Step 2: flatten. Lay the rows end to end in one long list.
flat = []  # the long list
for row in small:  # row 0 first, then row 1, and so on
    for value in row:  # left to right along the row
        flat.append(value)  # one more number at the end
print("flat list:", flat)  # 16 numbers: the network's 16 inputs
print("length:", len(flat))  # 4 rows × 4 columns

# Where did row 1, column 2 go? Rows before it × width, plus the column.
r, c, width = 1, 2, 4  # the row, the column, and how wide a row is
position = r * width + c  # 1 × 4 + 2
print("row 1, column 2 is at position", position, "and holds", flat[position])

# Step 3: one-hot. The label becomes 10 boxes, one per digit, with a 1 in box `label`.
target = [0] * 10  # ten zeros: positions 0 to 9
target[label] = 1  # light up the box for the right digit
print("label", label, "->", target)  # the list the network's ten outputs should match
