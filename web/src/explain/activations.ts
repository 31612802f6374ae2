/** Worked steps for activation functions (mirrors fromzero/explain/activations.py). */
import { lastValue, neuronMulti } from "./neuron";
import { fmt, type Step } from "./steps";

/** sigmoid(2): −2, e^−2 = 0.1353, 1 + 0.1353 = 1.1353, 1 ÷ 1.1353 = 0.8808. */
export function sigmoid(x: number): Step[] {
  const neg = -x;
  const e = Math.exp(neg); // Infinity when too big to store, like the Python side
  const denom = 1 + e;
  const out = 1 / denom;
  return [
    { text: "Flip the sign of the input.", expr: `\u2212(${fmt(x)}) = ${fmt(neg)}`, value: neg },
    { text: "Raise e (about 2.718) to that power.", expr: `e^${fmt(neg)} = ${fmt(e)}`, value: e },
    { text: "Add 1.", expr: `1 + ${fmt(e)} = ${fmt(denom)}`, value: denom },
    { text: "Divide 1 by that.", expr: `1 ÷ ${fmt(denom)} = ${fmt(out)}`, value: out },
  ];
}

/** relu(5) keeps 5; relu(−3) gives 0; relu(0) gives 0. */
export function relu(x: number): Step[] {
  if (x > 0) {
    return [
      { text: "Is the input bigger than zero?", expr: `${fmt(x)} > 0: yes`, value: 1 },
      { text: "Keep it as it is.", expr: `ReLU(${fmt(x)}) = ${fmt(x)}`, value: x },
    ];
  }
  return [
    { text: "Is the input bigger than zero?", expr: `${fmt(x)} > 0: no`, value: 0 },
    { text: "Replace it with zero.", expr: `ReLU(${fmt(x)}) = 0`, value: 0 },
  ];
}

export const ACTIVATIONS = { sigmoid, relu } as const;
export type ActivationName = keyof typeof ACTIVATIONS;

export function isActivation(name: unknown): name is ActivationName {
  return name === "sigmoid" || name === "relu";
}

/** Weighted sum, plus bias, then the activation function. */
export function completeNeuron(
  inputs: readonly number[],
  weights: readonly number[],
  b: number,
  activation: string = "sigmoid",
): Step[] {
  if (!isActivation(activation)) {
    throw new Error(`Unknown activation '${activation}': choose one of sigmoid, relu.`);
  }
  const steps = neuronMulti(inputs, weights, b);
  return steps.concat(ACTIVATIONS[activation](lastValue(steps)));
}
