def to_fahrenheit(c):
    """Turn Celsius into Fahrenheit: multiply by 1.8, then add 32. to_fahrenheit(100) is 212."""
    # Your code here


def to_celsius(f):
    """Turn Fahrenheit back into Celsius: undo to_fahrenheit. to_celsius(212) is 100."""
    # Your code here
