/** A calculator for powers: pick the base and the power, and see every multiplication. */
import { lastValue, power, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Power calculator";

export type PowerState = { base: number; exponent: number };

export const BASE: Range = { min: -5, max: 10, step: 0.5 };
export const EXPONENT: Range = { min: -3, max: 8, step: 1 };

export function normalise(p: Record<string, unknown>): PowerState {
  return {
    base: clamp(numberProp(p.base, 2), BASE.min, BASE.max),
    exponent: Math.round(clamp(numberProp(p.exponent, 3), EXPONENT.min, EXPONENT.max)),
  };
}

export function compute(s: PowerState): { steps: Step[]; value: number; written: string } {
  const steps = power(s.base, s.exponent);
  const n = Math.abs(s.exponent);
  // "2 × 2 × 2": the base written out as many times as the power says.
  const written = n === 0 ? "nothing to multiply" : Array.from({ length: n }, () => String(s.base)).join(" × ");
  return { steps, value: lastValue(steps), written };
}
