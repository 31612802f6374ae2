# Build a confusion matrix by hand: rows = the true digit, columns = what the network said.
true = [1, 4, 4, 7, 9, 9, 9, 7]  # the real labels of 8 images
said = [1, 4, 9, 1, 9, 4, 9, 7]  # the network's predictions for the same 8 images
classes = [1, 4, 7, 9]  # the classes, in the order of the rows and columns

table = [[0] * len(classes) for _ in classes]  # a 4 by 4 table of zeros
for t, p in zip(true, said):  # go through the pairs
    row = classes.index(t)  # the row: what the image really is
    col = classes.index(p)  # the column: what the network said
    table[row][col] += 1  # count this pair
    print(f"true {t}, said {p}: add 1 to row {t}, column {p}")

print("true \\ said", *classes)  # the header: one column per class
for c, counts in zip(classes, table):  # one printed line per row
    print(f"{c:>11}", *counts)  # the row's class, then its counts

right = sum(table[k][k] for k in range(len(classes)))  # the diagonal: the right answers
print(f"right: {right} of {len(true)}")
