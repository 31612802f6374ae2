/** Two lists of three numbers: multiply position by position, then add. That is the dot product. */
import { dot, lastValue, type Step } from "../../explain";
import { numberListProp, type Range } from "../state";

export const TITLE = "The dot product";

export type DotState = { a: number[]; b: number[] };

export const LENGTH = 3;
export const R: Range = { min: -6, max: 6, step: 0.5 };

/** Exactly LENGTH numbers, each in range (missing ones start at 0). */
function fit(list: number[]): number[] {
  return Array.from({ length: LENGTH }, (_, i) => list[i] ?? 0);
}

export function normalise(p: Record<string, unknown>): DotState {
  return {
    a: fit(numberListProp(p.a, [1, 2, 3], R.min, R.max)),
    b: fit(numberListProp(p.b, [4, 5, 6], R.min, R.max)),
  };
}

export function compute(s: DotState): { steps: Step[]; products: number[]; total: number } {
  const steps = dot(s.a, s.b);
  return { steps, products: steps.slice(0, LENGTH).map((t) => t.value), total: lastValue(steps) };
}
