# expect: printed something but returned None
def project(embedding, W):
    out = []
    for row in W:
        out.append(sum(row[i] * embedding[i] for i in range(len(embedding))))
    print(out)
