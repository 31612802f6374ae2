# A tiny autograd engine: boxes that remember how they were made, and a backward walk.


class Value:  # the recipe for a box
    def __init__(self, data, parents=(), op="", name=""):  # runs when a new box is made
        self.data = data  # the number itself
        self.grad = 0  # its slope, filled in by backward
        self.parents = parents  # the boxes it was made from
        self.op = op  # "+", "*", or "" for a starting number
        self.name = name  # a label, for printing


def add(x, y, name=""):  # a plus box
    return Value(x.data + y.data, (x, y), "+", name)  # new box, both parents noted


def mul(x, y, name=""):  # a times box
    return Value(x.data * y.data, (x, y), "*", name)  # new box, both parents noted


def backward_step(node):  # pass one box's grad to its parents
    if node.op == "+":  # plus: unchanged to both
        x, y = node.parents  # its two parents
        x.grad += node.grad  # plus passes the grad on unchanged
        y.grad += node.grad  # to both parents
    elif node.op == "*":  # times: the other parent's data
        x, y = node.parents  # its two parents
        x.grad += y.data * node.grad  # the other parent's data times the grad
        y.grad += x.data * node.grad  # and the same the other way


def in_order(out):  # every box, each one after its parents
    order = []  # the boxes in a good order
    seen = []  # boxes we have already placed

    def visit(node):  # place a box after its parents
        if node in seen:  # placed already: skip
            return  # nothing more to do
        seen.append(node)  # mark it as placed
        for p in node.parents:  # parents first
            visit(p)  # place each parent
        order.append(node)  # then this box

    visit(out)  # start from the output
    return order  # the boxes, parents first


def backward(out):  # the whole backward walk
    out.grad = 1  # the output moves 1 when it moves 1
    for node in reversed(in_order(out)):  # from the output back to the start
        backward_step(node)  # pass this box's grad on


a = Value(2, name="a")  # the four starting numbers
b = Value(-3, name="b")  # b
c = Value(10, name="c")  # c
f = Value(-2, name="f")  # f
e = mul(a, b, "e")  # e = a × b
d = add(e, c, "d")  # d = e + c
L = mul(d, f, "L")  # L = d × f
backward(L)  # fill in every grad
for node in in_order(L):  # print every box
    print(f"{node.name}: data {node.data}, grad {node.grad}")  # data and grad of each box
