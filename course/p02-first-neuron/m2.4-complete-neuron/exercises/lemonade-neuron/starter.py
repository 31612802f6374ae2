def relu_neuron(inputs, weights, b):
    """Return ReLU of (the weighted sum of inputs and weights, plus b)."""
    # Your code here


def cups_to_make(temperature, people, raining):
    """Return the cups of lemonade to make today.

    Use relu_neuron with weights 0.8, 0.25 and -10 (for temperature, people, raining)
    and bias -12.
    """
    # Your code here


def plan_week(days):
    """days is a list of [temperature, people, raining] lists. Return the cups for each day."""
    # Your code here


def total_cups(days):
    """Return the cups for all the days added up."""
    # Your code here
