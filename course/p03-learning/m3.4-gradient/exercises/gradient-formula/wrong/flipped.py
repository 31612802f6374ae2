# expect: The sign is flipped
def gradient(x, target, w, b):
    error = target - (x * w + b)
    return 2 * error * x
