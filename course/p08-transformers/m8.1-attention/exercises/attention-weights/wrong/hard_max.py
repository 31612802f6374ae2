# expect: You gave all the attention to the biggest score
def attention_weights(scores):
    best = max(scores)
    return [1.0 if s == best else 0.0 for s in scores]
