/** Sigmoid squashes any number into the range 0 to 1: move the input along the S-curve. */
import { lastValue, sigmoid, type Step } from "../../explain";
import { sample } from "../sample";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Sigmoid explorer";

export type XState = { x: number };

export const X: Range = { min: -10, max: 10, step: 0.1 };

export function normalise(p: Record<string, unknown>): XState {
  return { x: clamp(numberProp(p.x, 2), X.min, X.max) };
}

/** The plain formula, for drawing the curve (the steps use the explained version). */
export function sigmoidValue(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export const CURVE = sample(sigmoidValue, X.min, X.max);
export const Y_DOMAIN: [number, number] = [-0.05, 1.05];

export function compute(s: XState): { steps: Step[]; output: number } {
  const steps = sigmoid(s.x);
  return { steps, output: lastValue(steps) };
}
