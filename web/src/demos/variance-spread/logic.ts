/** Variance: how far the numbers are from their mean, squared and averaged. Spread them and watch it grow. */
import { lastValue, std, type Step } from "../../explain";
import { numberListProp, type Range } from "../state";

export const TITLE = "How spread out? The variance";

export type SpreadState = { values: number[] };

export const R: Range = { min: 0, max: 10, step: 0.5 };
export const DOMAIN: [number, number] = [R.min, R.max];

export function normalise(p: Record<string, unknown>): SpreadState {
  const values = numberListProp(p.values, [2, 4, 9], R.min, R.max).slice(0, 5);
  return { values: values.length >= 2 ? values : [...values, 5] };
}

export function compute(s: SpreadState): { steps: Step[]; m: number; variance: number; sd: number; gaps: number[] } {
  const steps = std(s.values);
  const n = s.values.length;
  const m = steps[1]!.value;
  return {
    steps,
    m,
    variance: steps[steps.length - 2]!.value,
    sd: lastValue(steps),
    gaps: steps.slice(2, 2 + n).map((t) => t.value),
  };
}
