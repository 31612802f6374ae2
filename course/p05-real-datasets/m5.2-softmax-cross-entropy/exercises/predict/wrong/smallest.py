# expect: position of the smallest score
def predict(scores):
    best = 0
    for i in range(len(scores)):
        if scores[i] < scores[best]:
            best = i
    return best
