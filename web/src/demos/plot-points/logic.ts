/** Put a dot on a graph: go right (or left) by x, then up (or down) by y. */
import { fmt, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Plot a point";

export type PointState = { x: number; y: number };

export const R: Range = { min: -5, max: 5, step: 0.5 };

export function normalise(p: Record<string, unknown>): PointState {
  return { x: clamp(numberProp(p.x, 2), R.min, R.max), y: clamp(numberProp(p.y, 4), R.min, R.max) };
}

function move(n: number, plus: string, minus: string): string {
  if (n === 0) return "do not move";
  return `go ${n > 0 ? plus : minus} ${fmt(Math.abs(n))}`;
}

/** The two moves that take you from the middle (0, 0) to the point. */
export function steps(s: PointState): Step[] {
  return [
    { text: "Start in the middle, where the two lines cross.", expr: "(0, 0)", value: 0 },
    { text: "The first number says how far along: right if it is positive, left if negative.", expr: move(s.x, "right", "left"), value: s.x },
    { text: "The second number says how far up: up if it is positive, down if negative.", expr: move(s.y, "up", "down"), value: s.y },
    { text: "Put the dot there.", expr: `(${fmt(s.x)}, ${fmt(s.y)})`, value: s.y },
  ];
}

/** Dashed guides from each line to the dot: along the bottom first, then up. */
export function guides(s: PointState): [number, number][][] {
  return [
    [[0, 0], [s.x, 0]],
    [[s.x, 0], [s.x, s.y]],
  ];
}
