# expect: without e
def attention_weights(scores):
    total = sum(scores)
    return [s / total for s in scores]
