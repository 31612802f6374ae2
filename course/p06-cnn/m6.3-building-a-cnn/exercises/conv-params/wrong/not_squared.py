# expect: forget to square k
def conv_param_count(k, in_ch, filters):
    return k * in_ch * filters + filters
