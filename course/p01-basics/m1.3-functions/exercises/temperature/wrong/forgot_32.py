# expect: Did you forget to add 32?
def to_fahrenheit(c):
    return c * 1.8


def to_celsius(f):
    return (f - 32) / 1.8
