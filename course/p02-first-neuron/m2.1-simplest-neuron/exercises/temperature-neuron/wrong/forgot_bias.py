# expect: forget to add the bias
def fahrenheit(celsius):
    return celsius * 1.8


def kelvin(celsius):
    return celsius
