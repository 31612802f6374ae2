# expect: Put brackets around f - 32
def to_fahrenheit(c):
    return c * 1.8 + 32


def to_celsius(f):
    return f - 32 / 1.8
