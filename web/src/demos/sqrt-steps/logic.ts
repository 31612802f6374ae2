/** Find a square root the way a calculator can: guess, check, and improve, one step at a time. */
import { lastValue, sqrt, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Square root, one guess at a time";

export type SqrtState = { x: number; shown: number };

export const X: Range = { min: 0, max: 200, step: 1 };

export function stepsFor(x: number): Step[] {
  return sqrt(x);
}

export function normalise(p: Record<string, unknown>): SqrtState {
  const x = Math.round(clamp(numberProp(p.x, 9), X.min, X.max));
  const total = stepsFor(x).length;
  return { x, shown: Math.round(clamp(numberProp(p.shown, 1), 1, total)) };
}

export function compute(s: SqrtState): { steps: Step[]; guess: number; done: boolean; root: number } {
  const steps = stepsFor(s.x);
  const shown = Math.min(s.shown, steps.length);
  return { steps, guess: steps[shown - 1]!.value, done: shown === steps.length, root: lastValue(steps) };
}
