# expect: Each number has only the first product
def project(embedding, W):
    return [row[0] * embedding[0] for row in W]
