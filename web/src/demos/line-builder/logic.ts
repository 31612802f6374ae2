/** Plot the points of y = slope × x + start one by one, and watch them line up. */
import { lineTable, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Watch a line form";

export type LineState = { m: number; c: number; count: number };

export const XS = [-3, -2, -1, 0, 1, 2, 3];
export const M: Range = { min: -3, max: 3, step: 0.5 };
export const C: Range = { min: -5, max: 5, step: 0.5 };
export const COUNT: Range = { min: 1, max: XS.length, step: 1 };
export const X_DOMAIN: [number, number] = [-3.5, 3.5];
export const Y_DOMAIN: [number, number] = [-15, 15];

export function normalise(p: Record<string, unknown>): LineState {
  return {
    m: clamp(numberProp(p.m, 2), M.min, M.max),
    c: clamp(numberProp(p.c, 0), C.min, C.max),
    count: Math.round(clamp(numberProp(p.count, 3), COUNT.min, COUNT.max)),
  };
}

export function compute(s: LineState): { steps: Step[]; points: { x: number; y: number }[]; full: boolean } {
  const xs = XS.slice(0, s.count);
  const steps = lineTable(s.m, s.c, xs);
  return { steps, points: xs.map((x, i) => ({ x, y: steps[i]!.value })), full: s.count === XS.length };
}

/** The whole line, drawn once every dot is in place. */
export function line(s: LineState): [number, number][] {
  return X_DOMAIN.map((x) => [x, s.m * x + s.c] as [number, number]);
}
