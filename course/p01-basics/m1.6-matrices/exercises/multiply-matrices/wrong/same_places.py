# expect: You multiplied the numbers in the same places
def matmul(a, b):
    answer = []
    for r in range(len(a)):
        new_row = []
        for c in range(len(a[0])):
            new_row.append(a[r][c] * b[r][c])
        answer.append(new_row)
    return answer
