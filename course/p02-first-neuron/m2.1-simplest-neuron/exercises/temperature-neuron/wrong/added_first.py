# expect: added 32 before multiplying
def fahrenheit(celsius):
    return (celsius + 32) * 1.8


def kelvin(celsius):
    return celsius + 273.15
