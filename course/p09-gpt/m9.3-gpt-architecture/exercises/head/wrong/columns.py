# expect: You walked down the columns of W
def head(hidden, W, b):
    logits = []
    for j in range(len(b)):  # one logit per token ...
        total = 0.0
        for i in range(len(hidden)):  # ... but walking down column j of W
            total = total + W[i][j] * hidden[i]
        logits.append(total + b[j])
    return logits
