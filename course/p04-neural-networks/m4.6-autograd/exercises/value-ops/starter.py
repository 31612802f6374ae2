class Value:
    """A box for one number: its data, its grad, its parents and how it was made."""

    def __init__(self, data, parents=(), op=""):
        self.data = data  # the number itself
        self.grad = 0  # its slope, filled in by backward
        self.parents = parents  # the boxes it was made from
        self.op = op  # "+", "*", or "" for a starting number


def add(x, y):
    """Return a new Value: data x.data + y.data, parents (x, y), op "+"."""
    # Your code here


def mul(x, y):
    """Return a new Value: data x.data × y.data, parents (x, y), op "*"."""
    # Your code here


# Helpers the checker calls. Leave them as they are.
def forward_data(a, b, c, f):
    """Build e = a × b, d = e + c, L = d × f and return [e.data, d.data, L.data]."""
    va, vb, vc, vf = Value(a), Value(b), Value(c), Value(f)
    e = mul(va, vb)
    d = add(e, vc)
    L = mul(d, vf)
    return [e.data, d.data, L.data]


def how_made(x, y):
    """Return [op, number of parents, parents are the boxes] for add, then the same for mul."""
    vx, vy = Value(x), Value(y)
    s, p = add(vx, vy), mul(vx, vy)
    return [s.op, len(s.parents), s.parents == (vx, vy), p.op, len(p.parents), p.parents == (vx, vy)]
