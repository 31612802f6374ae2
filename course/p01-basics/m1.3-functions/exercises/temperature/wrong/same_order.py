# expect: You undid the steps in the same order
def to_fahrenheit(c):
    return c * 1.8 + 32


def to_celsius(f):
    return f / 1.8 - 32
