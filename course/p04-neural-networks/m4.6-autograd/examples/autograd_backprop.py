# The network of lesson 4.5, built from Values: autograd finds both slopes for us.


class Value:  # the same tiny engine as before
    def __init__(self, data, parents=(), op=""):  # runs when a new box is made
        self.data = data  # the number
        self.grad = 0  # its slope
        self.parents = parents  # where it came from
        self.op = op  # how it was made


def add(x, y):  # a plus box
    return Value(x.data + y.data, (x, y), "+")  # new box, both parents noted


def mul(x, y):  # a times box
    return Value(x.data * y.data, (x, y), "*")  # new box, both parents noted


def backward_step(node):  # one box's rule
    if node.op == "+":  # a plus box
        x, y = node.parents  # its two parents
        x.grad += node.grad  # plus passes the grad on unchanged
        y.grad += node.grad  # to both parents
    elif node.op == "*":  # a times box
        x, y = node.parents  # its two parents
        x.grad += y.data * node.grad  # the other parent's data times the grad
        y.grad += x.data * node.grad  # and the same the other way


def backward(out):  # order the boxes, then walk back
    order, seen = [], []  # the boxes in order, and the ones placed

    def visit(node):  # place a box after its parents
        if node not in seen:  # only once per box
            seen.append(node)  # mark it as placed
            for p in node.parents:  # parents first
                visit(p)  # place each parent
            order.append(node)  # then the box itself

    visit(out)  # start from the loss
    out.grad = 1  # start at the loss
    for node in reversed(order):  # from the loss back to the start
        backward_step(node)  # pass this box's grad on


x = Value(2)  # the input
w1 = Value(0.5)  # input to hidden
w2 = Value(0.8)  # hidden to output
minus_target = Value(-1)  # we add -1 instead of subtracting the target 1
hidden = mul(x, w1)  # forward pass, every step a box
output = mul(hidden, w2)  # the output neuron
error = add(output, minus_target)  # output - target
loss = mul(error, error)  # error × error: one box used twice
backward(loss)  # autograd does the rest
print("loss:", round(loss.data, 4))  # the loss, as in lesson 4.5
print("slope for w1:", round(w1.grad, 4))  # the same as by hand
print("slope for w2:", round(w2.grad, 4))  # and the slope for w2
