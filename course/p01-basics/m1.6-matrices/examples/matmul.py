# Matrix multiplication from scratch: every row of A meets every column of B.


def matmul(A, B):  # A and B are lists of rows
    rows = len(A)  # how many rows A has
    cols = len(B[0])  # how many columns B has (the length of its first row)
    inner = len(B)  # each row of A must have this many numbers
    answer = []  # the answer grid, filled row by row
    for r in range(rows):  # loop 1: each row of A
        new_row = []  # a fresh, empty row for the answer
        for c in range(cols):  # loop 2: each column of B
            total = 0  # a dot product starts at 0
            for k in range(inner):  # loop 3: walk along the row and down the column together
                total = total + A[r][k] * B[k][c]  # multiply the pair and add it
            print("row", r + 1, "with column", c + 1, "gives", total)  # show each answer
            new_row.append(total)  # put it in this row of the answer
        answer.append(new_row)  # the row is done: add it to the grid
    return answer  # the whole grid


A = [[1, 2], [3, 4]]  # 2 rows, 2 columns
B = [[5, 6], [7, 8]]  # 2 rows, 2 columns
print("A × B =", matmul(A, B))  # [[19, 22], [43, 50]]

prices = [[1, 2], [3, 4]]  # each row is one shop: apple price, bread price
shopping = [[5], [7]]  # 5 apples, 7 loaves, stood up as one column
print("Each shop's bill:", matmul(prices, shopping))  # [[19], [43]]
