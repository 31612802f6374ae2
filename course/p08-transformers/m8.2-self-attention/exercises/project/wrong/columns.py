# expect: You used the columns of W
def project(embedding, W):
    out = []
    for c in range(len(W[0])):
        total = 0
        for r in range(len(W)):
            total = total + W[r][c] * embedding[r]
        out.append(total)
    return out
