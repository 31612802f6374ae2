# expect: forgot softmax
def apply_temperature(logits, t):
    return [x / t for x in logits]
