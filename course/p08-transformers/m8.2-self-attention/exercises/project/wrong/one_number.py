# expect: You returned one number
def project(embedding, W):
    total = 0
    for row in W:
        for i in range(len(embedding)):
            total = total + row[i] * embedding[i]
    return total
