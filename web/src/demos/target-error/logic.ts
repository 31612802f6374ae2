/** A neuron with two inputs and a target: move the weights until the error is 0. */
import { lastValue, neuronError, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Hit the target";

export type TargetState = { inputs: number[]; weights: number[]; b: number; target: number };

export const INPUT: Range = { min: -5, max: 5, step: 0.5 };
export const WEIGHT: Range = { min: -1, max: 1, step: 0.01 };
export const BIAS: Range = { min: -2, max: 2, step: 0.05 };
export const TARGET: Range = { min: -3, max: 3, step: 0.05 };
/** The bars' scale: any output the sliders allow fits (2 inputs × 5 × 1, plus the bias). */
export const REACH = 2 * INPUT.max * WEIGHT.max + BIAS.max;

export function normalise(p: Record<string, unknown>): TargetState {
  const inputs = numberListProp(p.inputs, [2, 3], INPUT.min, INPUT.max).slice(0, 2);
  while (inputs.length < 2) inputs.push(1);
  const weights = numberListProp(p.weights, [0.1, 0.1], WEIGHT.min, WEIGHT.max).slice(0, 2);
  while (weights.length < 2) weights.push(0);
  return {
    inputs,
    weights,
    b: clamp(numberProp(p.b, 0), BIAS.min, BIAS.max),
    target: clamp(numberProp(p.target, 0.8), TARGET.min, TARGET.max),
  };
}

export type Verdict = "too low" | "too high" | "just right";

/** Errors this close to 0 count as "just right" (sliders move in hundredths). */
export const CLOSE = 1e-9;

export function verdict(error: number): Verdict {
  if (Math.abs(error) < CLOSE) return "just right";
  return error < 0 ? "too low" : "too high";
}

export function compute(s: TargetState): { steps: Step[]; output: number; error: number; verdict: Verdict } {
  const steps = neuronError(s.inputs, s.weights, s.b, s.target);
  const error = lastValue(steps);
  const output = steps[steps.length - 3]!.value;
  return { steps, output, error, verdict: verdict(error) };
}

/** Where a value sits on a bar from -REACH to REACH, as a fraction 0..1 of its width. */
export function barPosition(v: number): number {
  return clamp((v + REACH) / (2 * REACH), 0, 1);
}
