# expect: but not the biases
def conv_param_count(k, in_ch, filters):
    return k * k * in_ch * filters
