# expect: None
def relu(x):
    if x > 0:
        return x
