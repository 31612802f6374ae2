# expect: You added 32 first
def to_fahrenheit(c):
    return (c + 32) * 1.8


def to_celsius(f):
    return (f - 32) / 1.8
