# expect: You divided by d itself
def score_table(Q, K, scale):
    d = len(K[0])
    table = []
    for q in Q:
        row = []
        for k in K:
            s = sum(q[n] * k[n] for n in range(d))
            if scale:
                s = s / d
            row.append(s)
        table.append(row)
    return table
