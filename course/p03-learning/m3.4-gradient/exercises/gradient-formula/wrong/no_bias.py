# expect: The prediction needs the bias
def gradient(x, target, w, b):
    error = x * w - target
    return 2 * error * x
