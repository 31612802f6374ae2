/** Worked steps for scalar autograd on e = a × b, d = e + c, L = d × f (mirrors fromzero/explain/autograd.py). */
import { paren as p } from "./networks";
import { fmt, type Step } from "./steps";

export const GRAPH_NODES = ["a", "b", "c", "f", "e", "d", "L"] as const;
export type GraphNode = (typeof GRAPH_NODES)[number];

/** Every node's data and grad, keyed "e" and "e.grad". */
export function graphValues(a: number, b: number, c: number, f: number): Record<string, number> {
  const e = a * b;
  const d = e + c;
  const L = d * f;
  const gL = 1;
  const gD = f * gL;
  const gF = d * gL;
  const gE = gD;
  const gC = gD;
  const gA = b * gE;
  const gB = a * gE;
  return { a, b, c, f, e, d, L, "L.grad": gL, "d.grad": gD, "f.grad": gF, "e.grad": gE, "c.grad": gC, "a.grad": gA, "b.grad": gB };
}

export function autograd(a: number, b: number, c: number, f: number, show = "a.grad"): Step[] {
  const v = graphValues(a, b, c, f);
  if (!Object.hasOwn(v, show)) {
    throw new Error(`show must be a node name or a node name with .grad, like 'a.grad': got '${show}'.`);
  }
  const g = (k: string): number => v[k]!;
  return [
    { text: "Forward: e = a × b.", expr: `${p(a)} × ${p(b)} = ${fmt(g("e"))}`, value: g("e") },
    { text: "Forward: d = e + c.", expr: `${p(g("e"))} + ${p(c)} = ${fmt(g("d"))}`, value: g("d") },
    { text: "Forward: L = d × f.", expr: `${p(g("d"))} × ${p(f)} = ${fmt(g("L"))}`, value: g("L") },
    { text: "Backward starts at L: L moves 1 for each 1 that L moves.", expr: "L.grad = 1", value: 1 },
    { text: "L = d × f, so d's grad is f × L's grad.", expr: `d.grad = ${p(f)} × 1 = ${fmt(g("d.grad"))}`, value: g("d.grad") },
    { text: "And f's grad is d × L's grad.", expr: `f.grad = ${p(g("d"))} × 1 = ${fmt(g("f.grad"))}`, value: g("f.grad") },
    { text: "d = e + c: a plus passes its grad to both sides unchanged.", expr: `e.grad = c.grad = ${fmt(g("d.grad"))}`, value: g("e.grad") },
    { text: "e = a × b, so a's grad is b × e's grad.", expr: `a.grad = ${p(b)} × ${p(g("e.grad"))} = ${fmt(g("a.grad"))}`, value: g("a.grad") },
    { text: "And b's grad is a × e's grad.", expr: `b.grad = ${p(a)} × ${p(g("e.grad"))} = ${fmt(g("b.grad"))}`, value: g("b.grad") },
    { text: `The number asked for: ${show}.`, expr: `${show} = ${fmt(g(show))}`, value: g(show) },
  ];
}
