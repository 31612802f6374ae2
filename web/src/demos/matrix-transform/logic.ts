/** A 2-by-2 matrix moves points: see where the square's corners go when the matrix multiplies them. */
import { fmt, matmul, type Step } from "../../explain";
import { numberListProp, numberProp, clamp, type Range } from "../state";

export const TITLE = "A matrix moves points";

/** m is [a, b, c, d] for the matrix [[a, b], [c, d]]; (x, y) is the point we follow. */
export type TransformState = { m: number[]; x: number; y: number };

export const R: Range = { min: -2, max: 2, step: 0.5 };
export const P: Range = { min: -2, max: 2, step: 0.5 };
/** The graph shows −5 to 5 on both axes; a point moved further than that leaves the picture. */
export const REACH = 5;
export const SQUARE: [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

export function normalise(p: Record<string, unknown>): TransformState {
  const m = numberListProp(p.m, [2, 0, 0, 1], R.min, R.max);
  return {
    m: [0, 1, 2, 3].map((i) => m[i] ?? 0),
    x: clamp(numberProp(p.x, 1), P.min, P.max),
    y: clamp(numberProp(p.y, 1), P.min, P.max),
  };
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[1]! * y, m[2]! * x + m[3]! * y];
}

export function compute(s: TransformState): { steps: Step[]; moved: [number, number]; square: [number, number][]; words: string } {
  const steps = matmul(
    [
      [s.m[0]!, s.m[1]!],
      [s.m[2]!, s.m[3]!],
    ],
    [[s.x], [s.y]],
  );
  const moved: [number, number] = [steps[0]!.value, steps[1]!.value];
  return {
    steps,
    moved,
    square: SQUARE.map(([x, y]) => apply(s.m, x, y)),
    words: `(${fmt(s.x)}, ${fmt(s.y)}) moves to (${fmt(moved[0])}, ${fmt(moved[1])})`,
  };
}
