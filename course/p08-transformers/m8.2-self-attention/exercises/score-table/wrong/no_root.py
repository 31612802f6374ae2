# expect: the scores were not divided
def score_table(Q, K, scale):
    return [[sum(q[n] * k[n] for n in range(len(q))) for k in K] for q in Q]
