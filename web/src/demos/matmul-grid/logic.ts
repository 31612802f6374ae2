/** Multiply two 2-by-2 grids: pick one answer cell and see the row and column that make it. */
import { matmul, matmulEntry, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Matrix multiplication";

/** Each matrix is kept as a flat list, row by row, so it fits in the URL: [a, b, c, d] is [[a, b], [c, d]]. */
export type GridState = { a: number[]; b: number[]; row: number; col: number };

export const R: Range = { min: -9, max: 9, step: 1 };

const four = (list: number[]): number[] => [0, 1, 2, 3].map((i) => list[i] ?? 0);

export function normalise(p: Record<string, unknown>): GridState {
  return {
    a: four(numberListProp(p.a, [1, 2, 3, 4], R.min, R.max)),
    b: four(numberListProp(p.b, [5, 6, 7, 8], R.min, R.max)),
    row: Math.round(clamp(numberProp(p.row, 1), 1, 2)),
    col: Math.round(clamp(numberProp(p.col, 1), 1, 2)),
  };
}

export function grid(flat: readonly number[]): number[][] {
  return [
    [flat[0]!, flat[1]!],
    [flat[2]!, flat[3]!],
  ];
}

export function compute(s: GridState): { answer: number[][]; picked: Step[]; steps: Step[] } {
  const A = grid(s.a);
  const B = grid(s.b);
  const steps = matmul(A, B);
  const answer = [
    [steps[0]!.value, steps[1]!.value],
    [steps[2]!.value, steps[3]!.value],
  ];
  return { answer, picked: matmulEntry(A, B, s.row, s.col), steps };
}
