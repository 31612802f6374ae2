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
        x.grad += y.data * node.grad
        y.grad += x.data * node.grad


def backward(out):
    """Order the boxes (parents first), set out.grad = 1, then backward_step from the end."""
    # Your code here


# Helpers the checker calls. Leave them as they are.
def grads(a, b, c, f):
    """e = a × b, d = e + c, L = d × f. Return the grads of a, b, c and f."""
    va, vb, vc, vf = Value(a), Value(b), Value(c), Value(f)
    L = mul(add(mul(va, vb), vc), vf)
    backward(L)
    return [va.grad, vb.grad, vc.grad, vf.grad]


def neuron_grads(x, target, w1, w2):
    """Lesson 4.5: loss = (x × w1 × w2 − target) squared. Return [w1 grad, w2 grad]."""
    vw1, vw2 = Value(w1), Value(w2)
    output = mul(mul(Value(x), vw1), vw2)
    error = add(output, Value(-target))
    loss = mul(error, error)
    backward(loss)
    return [vw1.grad, vw2.grad]
