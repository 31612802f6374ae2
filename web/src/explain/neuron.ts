/** Worked steps for the neuron of Part 2 (mirrors fromzero/explain/neuron.py). */
import { fmt, type Step } from "./steps";

/** One input, one weight, one bias: neuron(5, 0.5, 1) -> 5 × 0.5 = 2.5, 2.5 + 1 = 3.5. */
export function neuron(x: number, w: number, b: number): Step[] {
  const product = x * w;
  const out = product + b;
  return [
    { text: "Multiply the input by the weight.", expr: `${fmt(x)} × ${fmt(w)} = ${fmt(product)}`, value: product },
    { text: "Add the bias.", expr: `${fmt(product)} + ${fmt(b)} = ${fmt(out)}`, value: out },
    { text: "That number is the neuron's output.", expr: `output = ${fmt(out)}`, value: out },
  ];
}

/** Multiply each input by its weight, then add the products up, keeping a running sum. */
export function weightedSum(inputs: readonly number[], weights: readonly number[]): Step[] {
  if (inputs.length !== weights.length) {
    throw new Error(
      `weighted_sum needs one weight per input: got ${inputs.length} inputs ` +
        `and ${weights.length} weights.`,
    );
  }
  const steps: Step[] = [];
  const products = inputs.map((x, i) => {
    const w = weights[i] ?? 0;
    const p = x * w;
    steps.push({ text: `Input ${i + 1} times its weight.`, expr: `${fmt(x)} × ${fmt(w)} = ${fmt(p)}`, value: p });
    return p;
  });
  let total = 0;
  products.forEach((p, i) => {
    const before = total;
    total = total + p;
    if (i === 0) {
      steps.push({ text: "Start the running sum with the first product.", expr: `sum = ${fmt(total)}`, value: total });
    } else {
      steps.push({
        text: "Add the next product to the running sum.",
        expr: `${fmt(before)} + ${fmt(p)} = ${fmt(total)}`,
        value: total,
      });
    }
  });
  if (products.length === 0) {
    steps.push({ text: "There are no inputs, so the sum is zero.", expr: "sum = 0", value: 0 });
  }
  return steps;
}

/** A neuron with many inputs: the weighted sum, then add the bias. */
export function neuronMulti(inputs: readonly number[], weights: readonly number[], b: number): Step[] {
  const steps = weightedSum(inputs, weights);
  const total = lastValue(steps);
  const out = total + b;
  steps.push({ text: "Add the bias.", expr: `${fmt(total)} + ${fmt(b)} = ${fmt(out)}`, value: out });
  return steps;
}

/** The result of a calculation is the value of its last step. */
export function lastValue(steps: readonly Step[]): number {
  const last = steps[steps.length - 1];
  if (!last) throw new Error("A calculation with no steps has no result.");
  return last.value;
}
