/** Worked steps for a layer of neurons and a network of layers (mirrors fromzero/explain/networks.py). */
import { fmt, type Step } from "./steps";

export const LAYER_ACTIVATIONS = ["none", "relu", "sigmoid"] as const;
export type LayerActivation = (typeof LAYER_ACTIVATIONS)[number];

export interface LayerSpec {
  weights: number[][];
  biases: number[];
  activation?: string;
}

/** A number written after an operator: negatives get brackets, (−0.2). */
export function paren(x: number): string {
  const text = fmt(x);
  return text.startsWith("\u2212") ? `(${text})` : text;
}

export function activate(name: string, z: number): number {
  if (name === "relu") return z > 0 ? z : 0;
  if (name === "sigmoid") return 1 / (1 + Math.exp(-z));
  return z;
}

const LABEL: Record<string, string> = { relu: "ReLU", sigmoid: "sigmoid" };

function checkLayer(inputs: readonly number[], weights: readonly (readonly number[])[], biases: readonly number[], activation: string, where = "The layer"): void {
  if (!(LAYER_ACTIVATIONS as readonly string[]).includes(activation)) {
    throw new Error(`Unknown activation '${activation}': choose one of ${LAYER_ACTIVATIONS.join(", ")}.`);
  }
  if (weights.length !== biases.length) {
    throw new Error(`${where} needs one bias per neuron: got ${weights.length} lists of weights and ${biases.length} biases.`);
  }
  weights.forEach((row, i) => {
    if (row.length !== inputs.length) {
      throw new Error(`${where}: neuron ${i + 1} needs one weight per input: got ${row.length} weights for ${inputs.length} inputs.`);
    }
  });
}

function neuronSteps(inputs: readonly number[], row: readonly number[], b: number, activation: string, label: string): [Step[], number] {
  let total = 0;
  const parts: string[] = [];
  inputs.forEach((x, i) => {
    const w = row[i]!;
    total = total + x * w;
    parts.push(`${paren(x)} × ${paren(w)}`);
  });
  const z = total + b;
  const steps: Step[] = [
    { text: `${label}: each input times its weight, added up, plus the bias.`, expr: `${[...parts, paren(b)].join(" + ")} = ${fmt(z)}`, value: z },
  ];
  if (activation !== "none") {
    const out = activate(activation, z);
    steps.push({ text: `${label}: put that through ${LABEL[activation]}.`, expr: `${LABEL[activation]}(${fmt(z)}) = ${fmt(out)}`, value: out });
    return [steps, out];
  }
  return [steps, z];
}

function list(values: readonly number[]): string {
  return `[${values.map((v) => fmt(v)).join(", ")}]`;
}

function runLayer(inputs: readonly number[], weights: readonly (readonly number[])[], biases: readonly number[], activation: string, prefix: string): [Step[], number[]] {
  const steps: Step[] = [];
  const outs: number[] = [];
  weights.forEach((row, i) => {
    const [more, out] = neuronSteps(inputs, row, biases[i]!, activation, `${prefix}${i + 1}`);
    steps.push(...more);
    outs.push(out);
  });
  return [steps, outs];
}

/** Every neuron sees the same inputs; the last step's value is neuron `neuron`'s output. */
export function layer(inputs: readonly number[], weights: readonly (readonly number[])[], biases: readonly number[], activation = "none", neuron = 1): Step[] {
  checkLayer(inputs, weights, biases, activation);
  if (neuron < 1 || neuron > weights.length) throw new Error(`neuron must be from 1 to ${weights.length}: got ${neuron}.`);
  const [steps, outs] = runLayer(inputs, weights, biases, activation, "Neuron ");
  steps.push({ text: "The layer's output: one number per neuron.", expr: `output = ${list(outs)}`, value: outs[neuron - 1]! });
  return steps;
}

/** Each layer's outputs for the given inputs: [inputs, layer 1 outputs, layer 2 outputs, ...]. */
export function forwardValues(inputs: readonly number[], layers: readonly LayerSpec[]): number[][] {
  const all: number[][] = [[...inputs]];
  let current = [...inputs];
  for (const spec of layers) {
    const act = spec.activation ?? "none";
    current = spec.weights.map((row, i) => activate(act, row.reduce((acc, w, j) => acc + current[j]! * w, 0) + spec.biases[i]!));
    all.push(current);
  }
  return all;
}

/** The forward pass: each layer's outputs become the next layer's inputs. */
export function network(inputs: readonly number[], layers: readonly LayerSpec[], which?: number, neuron = 1): Step[] {
  if (layers.length === 0) throw new Error("A network needs at least one layer.");
  const chosen = which === undefined ? layers.length : which;
  if (chosen < 1 || chosen > layers.length) throw new Error(`layer must be from 1 to ${layers.length}: got ${which}.`);
  let current = [...inputs];
  const steps: Step[] = [];
  const kept: number[][] = [];
  layers.forEach((spec, idx) => {
    const k = idx + 1;
    const act = spec.activation ?? "none";
    checkLayer(current, spec.weights, spec.biases, act, `Layer ${k}`);
    steps.push({ text: `Layer ${k} gets its inputs.`, expr: `inputs = ${list(current)}`, value: current.length ? current[0]! : 0 });
    const [more, outs] = runLayer(current, spec.weights, spec.biases, act, `Layer ${k}, neuron `);
    steps.push(...more);
    steps.push({ text: `Layer ${k} output.`, expr: `output = ${list(outs)}`, value: outs[0]! });
    kept.push(outs);
    current = outs;
  });
  const outs = kept[chosen - 1]!;
  if (neuron < 1 || neuron > outs.length) throw new Error(`neuron must be from 1 to ${outs.length}: got ${neuron}.`);
  const label = chosen === layers.length ? "The network's output." : `The output of layer ${chosen}.`;
  steps.push({ text: label, expr: `output = ${list(outs)}`, value: outs[neuron - 1]! });
  return steps;
}
