# expect: You forgot sigmoid on the output
def predict(params, point):
    W1, b1, W2, b2 = params
    h = [max(0, W1[j][0] * point[0] + W1[j][1] * point[1] + b1[j]) for j in range(len(W1))]
    return sum(W2[j] * h[j] for j in range(len(h))) + b2


def label(params, point):
    return 1 if predict(params, point) > 0 else 0
