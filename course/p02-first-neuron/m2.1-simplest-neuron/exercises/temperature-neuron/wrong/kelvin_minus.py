# expect: The bias is added
def fahrenheit(celsius):
    return celsius * 1.8 + 32


def kelvin(celsius):
    return celsius - 273.15
