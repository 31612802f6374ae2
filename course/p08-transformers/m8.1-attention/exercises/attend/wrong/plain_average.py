# expect: That is the plain average
def attend(query, vectors):
    output = []
    for i in range(len(query)):
        total = 0
        for v in vectors:
            total = total + v[i]
        output.append(total / len(vectors))
    return output
