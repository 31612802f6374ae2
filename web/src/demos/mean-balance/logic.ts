/** The mean is the balance point: move the numbers and watch the balance point slide. */
import { lastValue, mean, type Step } from "../../explain";
import { numberListProp, type Range } from "../state";

export const TITLE = "The mean as a balance point";

export type MeanState = { values: number[] };

export const MAX = 6;
export const R: Range = { min: 0, max: 10, step: 0.5 };
export const DOMAIN: [number, number] = [R.min, R.max];

export function normalise(p: Record<string, unknown>): MeanState {
  const values = numberListProp(p.values, [2, 4, 9], R.min, R.max).slice(0, MAX);
  return { values };
}

export function compute(s: MeanState): { steps: Step[]; m: number; pulls: number[] } {
  const steps = mean(s.values);
  const m = lastValue(steps);
  // How far each number pulls on the balance: left pulls are negative, right pulls positive.
  return { steps, m, pulls: s.values.map((v) => v - m) };
}

export function add(s: MeanState): MeanState {
  return s.values.length >= MAX ? s : { values: [...s.values, 5] };
}

export function remove(s: MeanState): MeanState {
  return s.values.length <= 1 ? s : { values: s.values.slice(0, -1) };
}
