# expect: You forgot the 2
def gradient(x, target, w, b):
    error = x * w + b - target
    return error * x
