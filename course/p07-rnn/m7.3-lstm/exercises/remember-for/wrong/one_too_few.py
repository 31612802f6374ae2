# expect: One multiplication is missing
def remember_for(steps, f):
    memory = 1
    for _ in range(steps - 1):
        memory = f * memory
    return memory


def choose_biases():
    return (6, -5)
