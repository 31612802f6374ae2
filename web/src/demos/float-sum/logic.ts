/** Add two decimals the way a computer does, and see whether it lands exactly on the school answer. */
import { floatSum, lastValue, shortest, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Adding decimals on a computer";

export type FloatState = { a: number; b: number };

export const R: Range = { min: 0, max: 1, step: 0.1 };

/** Snap to one decimal, so a slider or a URL gives exactly the number you see (0.3, not 0.30000000000000004). */
const tenth = (x: number) => Math.round(x * 10) / 10;

export function normalise(p: Record<string, unknown>): FloatState {
  return {
    a: tenth(clamp(numberProp(p.a, 0.1), R.min, R.max)),
    b: tenth(clamp(numberProp(p.b, 0.2), R.min, R.max)),
  };
}

export function compute(s: FloatState): { steps: Step[]; sum: number; school: number; printed: string; exact: boolean } {
  const steps = floatSum(s.a, s.b);
  const sum = lastValue(steps);
  // The school answer: add the tenths as whole numbers, then turn them back into a decimal.
  const school = (Math.round(s.a * 10) + Math.round(s.b * 10)) / 10;
  return { steps, sum, school, printed: shortest(sum), exact: sum === school };
}
