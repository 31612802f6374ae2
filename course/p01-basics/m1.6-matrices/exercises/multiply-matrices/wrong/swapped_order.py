# expect: The order matters
def matmul(a, b):
    answer = []
    for r in range(len(b)):
        new_row = []
        for c in range(len(a[0])):
            total = 0
            for k in range(len(a)):
                total = total + b[r][k] * a[k][c]
            new_row.append(total)
        answer.append(new_row)
    return answer
