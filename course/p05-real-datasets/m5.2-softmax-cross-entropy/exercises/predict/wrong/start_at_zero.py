# expect: Did you start the biggest so far at 0?
def predict(scores):
    biggest = 0
    best = 0
    for i in range(len(scores)):
        if scores[i] > biggest:
            biggest = scores[i]
            best = i
    return best
