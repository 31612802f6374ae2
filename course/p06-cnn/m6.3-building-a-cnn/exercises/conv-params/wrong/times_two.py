# expect: k squared is k × k
def conv_param_count(k, in_ch, filters):
    return k * 2 * in_ch * filters + filters
