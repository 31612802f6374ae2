# The network of lesson 4.5, built from Values: autograd finds both slopes for us.


class Value:  # the same tiny engine as before
    def __init__(self, data, parents=(), op=""):
        self.data = data  # the number
        self.grad = 0  # its slope
        self.parents = parents  # where it came from
        self.op = op  # how it was made


def add(x, y):  # a plus box
    return Value(x.data + y.data, (x, y), "+")


def mul(x, y):  # a times box
    return Value(x.data * y.data, (x, y), "*")


def backward_step(node):  # one box's rule
    if node.op == "+":
        x, y = node.parents
        x.grad += node.grad
        y.grad += node.grad
    elif node.op == "*":
        x, y = node.parents
        x.grad += y.data * node.grad
        y.grad += x.data * node.grad


def backward(out):  # order the boxes, then walk back
    order, seen = [], []

    def visit(node):
        if node not in seen:
            seen.append(node)
            for p in node.parents:
                visit(p)
            order.append(node)

    visit(out)
    out.grad = 1  # start at the loss
    for node in reversed(order):
        backward_step(node)


x = Value(2)  # the input
w1 = Value(0.5)  # input to hidden
w2 = Value(0.8)  # hidden to output
minus_target = Value(-1)  # we add -1 instead of subtracting the target 1
hidden = mul(x, w1)  # forward pass, every step a box
output = mul(hidden, w2)
error = add(output, minus_target)  # output - target
loss = mul(error, error)  # error × error: one box used twice
backward(loss)  # autograd does the rest
print("loss:", round(loss.data, 4))
print("slope for w1:", round(w1.grad, 4))  # the same as by hand
print("slope for w2:", round(w2.grad, 4))
