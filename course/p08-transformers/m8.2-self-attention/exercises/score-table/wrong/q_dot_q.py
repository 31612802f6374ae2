# expect: You dotted queries with queries
import math


def score_table(Q, K, scale):
    d = len(K[0])
    table = []
    for i in range(len(Q)):
        row = []
        for j in range(len(Q)):
            s = sum(Q[i][n] * Q[j][n] for n in range(d))
            if scale:
                s = s / math.sqrt(d)
            row.append(s)
        table.append(row)
    return table
