/** Prediction and target: the error, the error times itself, and where that sits on the loss curve. */
import { lastValue, squaredError, type Step } from "../../explain";
import { sample } from "../sample";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Square the error";

export type SquaredState = { prediction: number; target: number };

export const VALUE: Range = { min: -2, max: 2, step: 0.05 };
/** The graph's error axis: every error the sliders allow (−4 to 4). */
export const ERROR_DOMAIN: [number, number] = [VALUE.min - VALUE.max, VALUE.max - VALUE.min];
export const LOSS_DOMAIN: [number, number] = [-1, ERROR_DOMAIN[1] * ERROR_DOMAIN[1]];

export function normalise(p: Record<string, unknown>): SquaredState {
  return {
    prediction: clamp(numberProp(p.prediction, 0.5), VALUE.min, VALUE.max),
    target: clamp(numberProp(p.target, 0.8), VALUE.min, VALUE.max),
  };
}

export function compute(s: SquaredState): { steps: Step[]; error: number; loss: number } {
  const steps = squaredError(s.prediction, s.target);
  return { steps, error: steps[0]!.value, loss: lastValue(steps) };
}

/** The loss for every error: a U shape, the same height for −e and e. */
export function curve(): [number, number][] {
  return sample((e) => e * e, ERROR_DOMAIN[0], ERROR_DOMAIN[1], 160);
}

/** What a plain (unsquared) error would have said, for the "why square?" line. */
export function sideOf(error: number): string {
  if (error === 0) return "right on the target";
  return error < 0 ? "below the target" : "above the target";
}
