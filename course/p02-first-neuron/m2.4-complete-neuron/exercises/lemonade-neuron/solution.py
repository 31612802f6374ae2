def relu_neuron(inputs, weights, b):
    """Return ReLU of (the weighted sum of inputs and weights, plus b)."""
    total = 0  # the running sum
    for i in range(len(inputs)):  # every position
        total = total + inputs[i] * weights[i]  # input times its weight
    total = total + b  # the bias, once
    if total > 0:  # ReLU: keep a positive number
        return total
    return 0  # zero or negative becomes 0


def cups_to_make(temperature, people, raining):
    """Cups of lemonade: warm days and busy streets help, rain hurts a lot."""
    return relu_neuron([temperature, people, raining], [0.8, 0.25, -10], -12)


def plan_week(days):
    """Return the cups to make on each day, in the same order as the days."""
    plan = []  # an empty list to fill
    for day in days:  # each day is [temperature, people, raining]
        plan.append(cups_to_make(day[0], day[1], day[2]))  # one neuron answer per day
    return plan


def total_cups(days):
    """Return the cups for all the days added up."""
    total = 0  # a running sum again
    for cups in plan_week(days):  # each day's cups
        total = total + cups
    return total
