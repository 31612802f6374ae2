# expect: times node.grad
class Value:
    """A box for one number: its data, its grad, its parents and how it was made."""

    def __init__(self, data, parents=(), op=""):
        self.data = data  # the number itself
        self.grad = 0  # its slope, filled in by backward
        self.parents = parents  # the boxes it was made from
        self.op = op  # "+", "*", or "" for a starting number


def add(x, y):
    return Value(x.data + y.data, (x, y), "+")


def mul(x, y):
    return Value(x.data * y.data, (x, y), "*")


def backward_step(node):
    if node.op == "+":
        x, y = node.parents
        x.grad += node.grad
        y.grad += node.grad
    elif node.op == "*":
        x, y = node.parents
        x.grad += y.data
        y.grad += x.data


# Helpers the checker calls. Leave them as they are.
def grads(a, b, c, f):
    """Build e = a × b, d = e + c, L = d × f, walk back by hand, return [a, b, c, f] grads."""
    va, vb, vc, vf = Value(a), Value(b), Value(c), Value(f)
    e = mul(va, vb)
    d = add(e, vc)
    L = mul(d, vf)
    L.grad = 1
    for node in [L, d, e]:  # from the output back to the start
        backward_step(node)
    return [va.grad, vb.grad, vc.grad, vf.grad]


def square_grad(x):
    """y = x × x. Return the grad of x after one backward step on y."""
    vx = Value(x)
    y = mul(vx, vx)
    y.grad = 1
    backward_step(y)
    return vx.grad
