/** Keep multiplying a huge number by 10 until it is too big to store; then see NaN appear. */
import { lastValue, overflow, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Too big to store";

export type OverflowState = { start: number; times: number };

/** The start is 10 to the power `start`. */
export const START: Range = { min: 300, max: 308, step: 1 };
export const TIMES: Range = { min: 0, max: 6, step: 1 };

export function normalise(p: Record<string, unknown>): OverflowState {
  return {
    start: Math.round(clamp(numberProp(p.start, 306), START.min, START.max)),
    times: Math.round(clamp(numberProp(p.times, 1), TIMES.min, TIMES.max)),
  };
}

export function compute(s: OverflowState): { steps: Step[]; last: number; broke: boolean } {
  const steps = overflow(Number(`1e${s.start}`), 10, s.times);
  const last = steps.length > 1 ? steps[steps.length - 2]!.value : Number(`1e${s.start}`);
  return { steps, last, broke: Number.isNaN(lastValue(steps)) };
}
