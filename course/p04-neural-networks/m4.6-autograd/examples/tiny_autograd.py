# A tiny autograd engine: boxes that remember how they were made, and a backward walk.


class Value:  # the recipe for a box
    def __init__(self, data, parents=(), op="", name=""):  # runs when a new box is made
        self.data = data  # the number itself
        self.grad = 0  # its slope, filled in by backward
        self.parents = parents  # the boxes it was made from
        self.op = op  # "+", "*", or "" for a starting number
        self.name = name  # a label, for printing


def add(x, y, name=""):  # a plus box
    return Value(x.data + y.data, (x, y), "+", name)


def mul(x, y, name=""):  # a times box
    return Value(x.data * y.data, (x, y), "*", name)


def backward_step(node):  # pass one box's grad to its parents
    if node.op == "+":  # plus: unchanged to both
        x, y = node.parents
        x.grad += node.grad
        y.grad += node.grad
    elif node.op == "*":  # times: the other parent's data
        x, y = node.parents
        x.grad += y.data * node.grad
        y.grad += x.data * node.grad


def in_order(out):  # every box, each one after its parents
    order = []  # the boxes in a good order
    seen = []  # boxes we have already placed

    def visit(node):
        if node in seen:  # placed already: skip
            return
        seen.append(node)
        for p in node.parents:  # parents first
            visit(p)
        order.append(node)  # then this box

    visit(out)
    return order


def backward(out):  # the whole backward walk
    out.grad = 1  # the output moves 1 when it moves 1
    for node in reversed(in_order(out)):  # from the output back to the start
        backward_step(node)


a = Value(2, name="a")  # the four starting numbers
b = Value(-3, name="b")
c = Value(10, name="c")
f = Value(-2, name="f")
e = mul(a, b, "e")  # e = a × b
d = add(e, c, "d")  # d = e + c
L = mul(d, f, "L")  # L = d × f
backward(L)  # fill in every grad
for node in in_order(L):  # print every box
    print(f"{node.name}: data {node.data}, grad {node.grad}")
