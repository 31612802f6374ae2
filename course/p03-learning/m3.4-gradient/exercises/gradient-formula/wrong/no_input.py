# expect: You forgot to multiply by the input
def gradient(x, target, w, b):
    error = x * w + b - target
    return 2 * error
