# expect: You left out the input channels
def conv_param_count(k, in_ch, filters):
    return k * k * filters + filters
