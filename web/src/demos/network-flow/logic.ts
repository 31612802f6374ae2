/** Data flowing through a network, layer by layer; slow motion reveals one neuron at a time. */
import { forwardValues, network, type LayerSpec, type Step } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "A network, layer by layer";

export const PRESETS = ["xor", "brief"] as const;
export type Preset = (typeof PRESETS)[number];

/** Fixed weights for each preset network. */
export const NETWORKS: Record<Preset, LayerSpec[]> = {
  // h1 = ReLU(x1 + x2), h2 = ReLU(x1 + x2 − 1), output = h1 − 2 × h2: XOR on 0/1 inputs.
  xor: [
    { weights: [[1, 1], [1, 1]], biases: [0, -1], activation: "relu" },
    { weights: [[1, -2]], biases: [0], activation: "none" },
  ],
  brief: [
    { weights: [[0.5, 0.3], [0.2, 0.8], [0.1, 0.4], [0.6, 0.2]], biases: [0.1, 0.2, 0, 0.1], activation: "relu" },
    { weights: [[0.5, 0.3, 0.2, 0.1], [0.2, 0.4, 0.5, 0.3], [0.1, 0.2, 0.3, 0.6]], biases: [0.5, 0.3, 0.2], activation: "relu" },
    { weights: [[0.5, 0.4, 0.3]], biases: [0.1], activation: "sigmoid" },
  ],
};

export const INPUT_RANGE: Record<Preset, Range> = {
  xor: { min: 0, max: 1, step: 1 },
  brief: { min: -5, max: 5, step: 0.5 },
};

export type FlowState = { preset: Preset; x1: number; x2: number; shown: number };

export function neuronCount(preset: Preset): number {
  return NETWORKS[preset].reduce((n, l) => n + l.biases.length, 0);
}

export function normalise(p: Record<string, unknown>): FlowState {
  const preset = choiceProp(p.preset, PRESETS, "brief");
  const r = INPUT_RANGE[preset];
  const fallback = preset === "xor" ? [1, 0] : [2, 3];
  const snap = (v: number) => Math.round(v / r.step) * r.step;
  const total = neuronCount(preset);
  return {
    preset,
    x1: snap(clamp(numberProp(p.x1, fallback[0]!), r.min, r.max)),
    x2: snap(clamp(numberProp(p.x2, fallback[1]!), r.min, r.max)),
    shown: Math.round(clamp(numberProp(p.shown, total), 0, total)),
  };
}

export interface NeuronView {
  layer: number; // 1 = first layer after the inputs
  index: number; // 1-based within its layer
  order: number; // 1-based order in which slow motion reveals it
  value: number;
  steps: Step[];
}

/** Every neuron, in the order data reaches it, with the steps that work it out. */
export function neurons(s: FlowState): NeuronView[] {
  const layers = NETWORKS[s.preset];
  const values = forwardValues([s.x1, s.x2], layers);
  const steps = network([s.x1, s.x2], layers);
  const out: NeuronView[] = [];
  let order = 0;
  let k = 0; // index into steps
  layers.forEach((spec, li) => {
    k += 1; // "Layer N gets its inputs."
    const perNeuron = (spec.activation ?? "none") === "none" ? 1 : 2;
    spec.biases.forEach((_, ni) => {
      order += 1;
      out.push({ layer: li + 1, index: ni + 1, order, value: values[li + 1]![ni]!, steps: steps.slice(k, k + perNeuron) });
      k += perNeuron;
    });
    k += 1; // "Layer N output."
  });
  return out;
}

export function output(s: FlowState): number {
  const values = forwardValues([s.x1, s.x2], NETWORKS[s.preset]);
  return values[values.length - 1]![0]!;
}

/** Which layer is lighting up now (0 = only the inputs so far). */
export function activeLayer(s: FlowState): number {
  if (s.shown === 0) return 0;
  return neurons(s)[s.shown - 1]!.layer;
}
