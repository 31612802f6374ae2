def conv_param_count(k, in_ch, filters):
    """Return the number of weights and biases in a conv layer: filters of k x k x in_ch, one bias each."""
    per_filter = k * k * in_ch  # one k x k patch of weights for every input channel
    weights = per_filter * filters  # every filter has its own weights
    return weights + filters  # plus one bias per filter
