# expect: You divided the scores themselves
def softmax(scores):
    total = sum(scores)
    return [s / total for s in scores]
