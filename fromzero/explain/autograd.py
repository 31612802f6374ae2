"""Worked steps for scalar autograd on a tiny graph: e = a × b, d = e + c, L = d × f.

Forward fills in each node's data. Backward starts with L.grad = 1 and walks the graph in
reverse: a plus node hands its grad to both inputs unchanged; a times node hands each input
the grad times the other input's data. These are the rules a tiny `Value` engine uses.
"""

from __future__ import annotations

from fromzero.explain._common import br
from fromzero.explain.steps import Step, fmt

NODES = ("a", "b", "c", "f", "e", "d", "L")
SHOW = NODES + tuple(f"{n}.grad" for n in NODES)


def graph_values(a: float, b: float, c: float, f: float) -> dict[str, float]:
    """Every node's data and grad, keyed 'e' and 'e.grad'."""
    e = a * b
    d = e + c
    L = d * f
    g_L = 1.0
    g_d = f * g_L
    g_f = d * g_L
    g_e = g_d
    g_c = g_d
    g_a = b * g_e
    g_b = a * g_e
    return {"a": a, "b": b, "c": c, "f": f, "e": e, "d": d, "L": L, "L.grad": g_L, "d.grad": g_d,
            "f.grad": g_f, "e.grad": g_e, "c.grad": g_c, "a.grad": g_a, "b.grad": g_b}


def autograd(a: float, b: float, c: float, f: float, show: str = "a.grad") -> list[Step]:
    """Forward then backward through e = a × b, d = e + c, L = d × f."""
    if show not in SHOW:
        raise ValueError(f"show must be a node name or a node name with .grad, like 'a.grad': "
                         f"got {show!r}.")
    v = graph_values(a, b, c, f)
    steps = [
        Step("Forward: e = a × b.", f"{br(a)} × {br(b)} = {fmt(v['e'])}", v["e"]),
        Step("Forward: d = e + c.", f"{br(v['e'])} + {br(c)} = {fmt(v['d'])}", v["d"]),
        Step("Forward: L = d × f.", f"{br(v['d'])} × {br(f)} = {fmt(v['L'])}", v["L"]),
        Step("Backward starts at L: L moves 1 for each 1 that L moves.", "L.grad = 1", 1.0),
        Step("L = d × f, so d's grad is f × L's grad.", f"d.grad = {br(f)} × 1 = {fmt(v['d.grad'])}",
             v["d.grad"]),
        Step("And f's grad is d × L's grad.", f"f.grad = {br(v['d'])} × 1 = {fmt(v['f.grad'])}",
             v["f.grad"]),
        Step("d = e + c: a plus passes its grad to both sides unchanged.",
             f"e.grad = c.grad = {fmt(v['d.grad'])}", v["e.grad"]),
        Step("e = a × b, so a's grad is b × e's grad.",
             f"a.grad = {br(b)} × {br(v['e.grad'])} = {fmt(v['a.grad'])}", v["a.grad"]),
        Step("And b's grad is a × e's grad.",
             f"b.grad = {br(a)} × {br(v['e.grad'])} = {fmt(v['b.grad'])}", v["b.grad"]),
        Step(f"The number asked for: {show}.", f"{show} = {fmt(v[show])}", v[show]),
    ]
    return steps
