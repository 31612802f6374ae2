def to_fahrenheit(c):
    """Turn Celsius into Fahrenheit."""
    return c * 1.8 + 32  # multiply by 1.8, then add 32


def to_celsius(f):
    """Undo to_fahrenheit: undo the last step first."""
    return (f - 32) / 1.8  # take away 32 first, then divide by 1.8
