# expect: You used the rows of b
def matmul(a, b):
    answer = []
    for r in range(len(a)):
        new_row = []
        for c in range(len(b)):
            total = 0
            for k in range(len(b[0])):
                total = total + a[r][k] * b[c][k]
            new_row.append(total)
        answer.append(new_row)
    return answer
