/** A layer: several neurons all looking at the same inputs, each with its own weights and bias. */
import { layer, type Step } from "../../explain";
import { choiceProp, clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "A layer of neurons";

export const INPUT: Range = { min: -5, max: 5, step: 0.5 };
export const WEIGHT: Range = { min: -2, max: 2, step: 0.1 };
export const BIAS: Range = { min: -3, max: 3, step: 0.1 };
export const MAX_NEURONS = 4;
export const ACTIVATIONS = ["none", "relu", "sigmoid"] as const;
export type LayerActivation = (typeof ACTIVATIONS)[number];

/** The brief's layer: inputs [2, 3] and three neurons; a fourth is ready if you add it. */
const DEFAULT_W = [0.5, 0.3, 0.2, 0.8, 0.9, 0.1, -0.5, 0.5];
const DEFAULT_B = [0.1, 0.5, -0.2, 0];

export type LayerState = {
  inputs: number[];
  neurons: number;
  w: number[]; // neuron i's weights are w[2i] and w[2i + 1]
  b: number[];
  activation: LayerActivation;
  focus: number; // which neuron the sliders edit, from 1
};

export function normalise(p: Record<string, unknown>): LayerState {
  const inputs = numberListProp(p.inputs, [2, 3], INPUT.min, INPUT.max).slice(0, 2);
  while (inputs.length < 2) inputs.push(0);
  const w = numberListProp(p.w, DEFAULT_W, WEIGHT.min, WEIGHT.max).slice(0, 2 * MAX_NEURONS);
  while (w.length < 2 * MAX_NEURONS) w.push(DEFAULT_W[w.length]!);
  const b = numberListProp(p.b, DEFAULT_B, BIAS.min, BIAS.max).slice(0, MAX_NEURONS);
  while (b.length < MAX_NEURONS) b.push(DEFAULT_B[b.length]!);
  const neurons = Math.round(clamp(numberProp(p.neurons, 3), 1, MAX_NEURONS));
  return {
    inputs,
    neurons,
    w,
    b,
    activation: choiceProp(p.activation, ACTIVATIONS, "none"),
    focus: Math.round(clamp(numberProp(p.focus, 1), 1, neurons)),
  };
}

export function weightsOf(s: LayerState): number[][] {
  return Array.from({ length: s.neurons }, (_, i) => [s.w[2 * i]!, s.w[2 * i + 1]!]);
}

/** The worked steps, split per neuron, and the layer's list of outputs. */
export function compute(s: LayerState): { perNeuron: Step[][]; outputs: number[]; all: Step[] } {
  const all = layer(s.inputs, weightsOf(s), s.b.slice(0, s.neurons), s.activation);
  const each = s.activation === "none" ? 1 : 2;
  const perNeuron = Array.from({ length: s.neurons }, (_, i) => all.slice(i * each, (i + 1) * each));
  const outputs = perNeuron.map((st) => st[st.length - 1]!.value);
  return { perNeuron, outputs, all };
}

export function setWeight(s: LayerState, neuron: number, which: 0 | 1, value: number): LayerState {
  const w = s.w.slice();
  w[2 * (neuron - 1) + which] = value;
  return { ...s, w };
}

export function setBias(s: LayerState, neuron: number, value: number): LayerState {
  const b = s.b.slice();
  b[neuron - 1] = value;
  return { ...s, b };
}
