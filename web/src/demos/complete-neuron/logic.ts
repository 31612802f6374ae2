/** Everything together: weighted sum, bias, then an activation function. */
import { completeNeuron, lastValue, neuronMulti, type ActivationName, type Step } from "../../explain";
import { sigmoidValue } from "../sigmoid-explorer/logic";
import { reluValue } from "../relu-explorer/logic";
import { sample } from "../sample";
import { choiceProp, clamp, numberListProp, numberProp } from "../state";
import { BIAS, INPUT, MAX_INPUTS, WEIGHT, matchLength } from "../multi-input-flow/logic";

export const TITLE = "The complete neuron";
export { BIAS, INPUT, WEIGHT };

export const ACTIVATION_NAMES = ["sigmoid", "relu"] as const;

export type CompleteState = { inputs: number[]; weights: number[]; b: number; activation: ActivationName };

export function normalise(p: Record<string, unknown>): CompleteState {
  const inputs = numberListProp(p.inputs, [2, 5], INPUT.min, INPUT.max).slice(0, MAX_INPUTS);
  return {
    inputs,
    weights: matchLength(inputs, numberListProp(p.weights, [0.4, 0.6], WEIGHT.min, WEIGHT.max)),
    b: clamp(numberProp(p.b, 0.5), BIAS.min, BIAS.max),
    activation: choiceProp(p.activation, ACTIVATION_NAMES, "sigmoid"),
  };
}

export const ACTIVATE: Record<ActivationName, (z: number) => number> = { sigmoid: sigmoidValue, relu: reluValue };

export function compute(s: CompleteState): { steps: Step[]; sumSteps: number; z: number; output: number } {
  const steps = completeNeuron(s.inputs, s.weights, s.b, s.activation);
  const sumSteps = neuronMulti(s.inputs, s.weights, s.b).length;
  return { steps, sumSteps, z: steps[sumSteps - 1]!.value, output: lastValue(steps) };
}

/** Output as input 1 sweeps its whole range, the other inputs held where they are. */
export function curveOverInput1(s: CompleteState): [number, number][] {
  const rest = s.inputs.slice(1).reduce((acc, x, i) => acc + x * (s.weights[i + 1] ?? 0), 0);
  const w1 = s.weights[0] ?? 0;
  return sample((x1) => ACTIVATE[s.activation](x1 * w1 + rest + s.b), INPUT.min, INPUT.max, 200);
}

/** Sigmoid lives in 0..1; ReLU's axis grows to fit the curve. */
export function yDomain(s: CompleteState, curve: readonly (readonly [number, number])[]): [number, number] {
  if (s.activation === "sigmoid") return [-0.05, 1.05];
  const top = Math.max(1, ...curve.map((p) => p[1]));
  return [-top * 0.05, top * 1.05];
}
