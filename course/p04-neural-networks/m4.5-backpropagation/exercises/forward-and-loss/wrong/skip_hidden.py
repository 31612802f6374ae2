# expect: The input goes through w1 first
def forward_loss(x, target, w1, w2):
    error = x * w2 - target
    return error * error
