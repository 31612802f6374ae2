# expect: swapped the weight and the bias
def fahrenheit(celsius):
    return celsius * 32 + 1.8


def kelvin(celsius):
    return celsius * 273.15 + 1
