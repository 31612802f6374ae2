def fahrenheit(celsius):
    """Turn Celsius into Fahrenheit: a neuron with weight 1.8 and bias 32."""
    return celsius * 1.8 + 32  # multiply by the weight, then add the bias


def kelvin(celsius):
    """Turn Celsius into Kelvin: a neuron with weight 1 and bias 273.15."""
    return celsius * 1 + 273.15  # the weight 1 keeps the input as it is
