def conv_param_count(k, in_ch, filters):
    """Return the number of weights and biases in a conv layer: filters of k x k x in_ch, one bias each."""
    # Your code here
