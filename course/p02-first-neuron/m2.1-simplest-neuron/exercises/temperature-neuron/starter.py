def fahrenheit(celsius):
    """Turn a Celsius temperature into Fahrenheit.

    This is a neuron: the input is celsius, the weight is 1.8, the bias is 32.
    """
    # Your code here


def kelvin(celsius):
    """Turn a Celsius temperature into Kelvin.

    This is a neuron too: the input is celsius, the weight is 1, the bias is 273.15.
    """
    # Your code here
