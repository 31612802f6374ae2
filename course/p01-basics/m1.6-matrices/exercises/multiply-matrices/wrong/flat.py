# expect: one long list
def matmul(a, b):
    answer = []
    for r in range(len(a)):
        for c in range(len(b[0])):
            total = 0
            for k in range(len(b)):
                total = total + a[r][k] * b[k][c]
            answer.append(total)
    return answer
