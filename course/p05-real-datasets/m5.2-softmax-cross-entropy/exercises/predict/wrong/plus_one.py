# expect: Positions in Python start at 0
def predict(scores):
    best = 0
    for i in range(len(scores)):
        if scores[i] > scores[best]:
            best = i
    return best + 1
