/** The computation graph of L = (a × b + c) × f, with each node's data and, after backward, its grad. */
import { autograd, graphValues, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "A computation graph, forward and backward";

export const LEAF: Range = { min: -5, max: 5, step: 0.5 };

/** 0 nothing yet, 1 forward done, 2 backward done. */
export type GraphState = { a: number; b: number; c: number; f: number; phase: number };

export function normalise(p: Record<string, unknown>): GraphState {
  return {
    a: clamp(numberProp(p.a, 2), LEAF.min, LEAF.max),
    b: clamp(numberProp(p.b, -3), LEAF.min, LEAF.max),
    c: clamp(numberProp(p.c, 10), -10, 10),
    f: clamp(numberProp(p.f, -2), LEAF.min, LEAF.max),
    phase: Math.round(clamp(numberProp(p.phase, 2), 0, 2)),
  };
}

export interface GraphNode {
  id: string;
  label: string; // "e = a × b"
  x: number; // layout column
  y: number; // layout row
  data: number;
  grad: number;
  leaf: boolean;
}

export const EDGES: readonly [string, string][] = [
  ["a", "e"], ["b", "e"], ["e", "d"], ["c", "d"], ["d", "L"], ["f", "L"],
];

export function nodes(s: GraphState): GraphNode[] {
  const v = graphValues(s.a, s.b, s.c, s.f);
  const n = (id: string, label: string, x: number, y: number, leaf: boolean): GraphNode => ({
    id, label, x, y, data: v[id]!, grad: v[`${id}.grad`]!, leaf,
  });
  return [
    n("a", "a", 0, 0, true),
    n("b", "b", 0, 1, true),
    n("e", "e = a × b", 1, 0.5, false),
    n("c", "c", 1, 1.6, true),
    n("d", "d = e + c", 2, 1, false),
    n("f", "f", 2, 2, true),
    n("L", "L = d × f", 3, 1.5, false),
  ];
}

/** The worked steps shown so far: none, the three forward ones, or all of them. */
export function steps(s: GraphState): Step[] {
  const all = autograd(s.a, s.b, s.c, s.f);
  if (s.phase === 0) return [];
  if (s.phase === 1) return all.slice(0, 3);
  return all.slice(0, all.length - 1);
}

/** The nudge check for a: how much L moves when a moves by 0.001, divided by 0.001. */
export function nudgeA(s: GraphState, h = 0.001): number {
  const L = (a: number) => (a * s.b + s.c) * s.f;
  return (L(s.a + h) - L(s.a)) / h;
}
