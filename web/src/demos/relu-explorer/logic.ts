/** ReLU keeps positive numbers and turns negative ones into zero. */
import { lastValue, relu, type Step } from "../../explain";
import { sample } from "../sample";
import { X, normalise as normaliseX, type XState } from "../sigmoid-explorer/logic";

export const TITLE = "ReLU explorer";
export { X, type XState };

export const normalise = normaliseX;

export function reluValue(x: number): number {
  return Math.max(0, x);
}

// Enough points that the corner at 0 is sharp.
export const CURVE = sample(reluValue, X.min, X.max, 200);
export const Y_DOMAIN: [number, number] = [-1, X.max];

export function compute(s: XState): { steps: Step[]; output: number } {
  const steps = relu(s.x);
  return { steps, output: lastValue(steps) };
}
