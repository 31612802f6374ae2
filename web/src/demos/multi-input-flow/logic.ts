/** Several inputs flow into one neuron: each is multiplied by its weight, then all are summed. */
import { neuronMulti, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Inputs flowing into a neuron";

export type FlowState = { inputs: number[]; weights: number[]; b: number; step: number };

export const MAX_INPUTS = 5;
export const INPUT: Range = { min: -10, max: 10, step: 0.1 };
export const WEIGHT: Range = { min: -2, max: 2, step: 0.05 };
export const BIAS: Range = { min: -5, max: 5, step: 0.1 };

/** Make the weights list as long as the inputs list (missing weights start at 0). */
export function matchLength(inputs: number[], weights: number[]): number[] {
  return inputs.map((_, i) => weights[i] ?? 0);
}

export function normalise(p: Record<string, unknown>): FlowState {
  const inputs = numberListProp(p.inputs, [3, 7, 2], INPUT.min, INPUT.max).slice(0, MAX_INPUTS);
  const weights = matchLength(inputs, numberListProp(p.weights, [0.5, 0.3, 0.8], WEIGHT.min, WEIGHT.max));
  const b = clamp(numberProp(p.b, 0), BIAS.min, BIAS.max);
  const step = Math.round(clamp(numberProp(p.step, 0), 0, totalSteps(inputs.length)));
  return { inputs, weights, b, step };
}

/** n multiplications, n running-sum additions (or one "no inputs" line), then the bias. */
export function totalSteps(n: number): number {
  return n === 0 ? 2 : 2 * n + 1;
}

export interface Stage {
  steps: Step[];
  /** Multiplication i is on screen. */
  productShown: boolean[];
  /** Product i has reached the neuron (added into the running sum). */
  arrived: boolean[];
  /** What the neuron shows now: nothing yet, the running sum, or the output. */
  neuron: { label: string; value: number } | null;
  done: boolean;
}

export function stage(s: FlowState): Stage {
  const steps = neuronMulti(s.inputs, s.weights, s.b);
  const n = s.inputs.length;
  const shown = s.step;
  const done = shown >= steps.length;
  let neuron: Stage["neuron"] = null;
  if (done) neuron = { label: "output", value: steps[steps.length - 1]!.value };
  else if (shown > n) neuron = { label: "sum so far", value: steps[shown - 1]!.value };
  return {
    steps,
    productShown: s.inputs.map((_, i) => shown > i),
    arrived: s.inputs.map((_, i) => shown > n + i),
    neuron,
    done,
  };
}

/** One step further (stays at the end once everything is shown). */
export function advance(s: FlowState): FlowState {
  return { ...s, step: Math.min(s.step + 1, totalSteps(s.inputs.length)) };
}
