/** Worked steps for the error of a guess and the loss (mirrors fromzero/explain/loss.py). */
import { neuronMulti } from "./neuron";
import { fmt, type Step } from "./steps";

/** A number written after an operator: negatives get brackets, "0.5 − (−0.3)". */
export function br(x: number): string {
  const text = fmt(x);
  return text.startsWith("\u2212") ? `(${text})` : text;
}

/** Examples [input, target], checked. */
export function pairs(data: readonly (readonly number[])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const row of data) {
    if (row.length !== 2) throw new Error("Each example needs two numbers: [input, target].");
    out.push([Number(row[0]), Number(row[1])]);
  }
  if (out.length === 0) throw new Error("The data needs at least one example.");
  return out;
}

/** error(0.5, 0.8): 0.5 − 0.8 = −0.3 (negative: the guess is too low). */
export function error(prediction: number, target: number): Step[] {
  const e = prediction - target;
  const verdict =
    e < 0
      ? "The error is negative, so the prediction is too low."
      : e > 0
        ? "The error is positive, so the prediction is too high."
        : "The error is zero, so the prediction is just right.";
  return [
    { text: "Take the target away from the prediction.", expr: `${fmt(prediction)} − ${br(target)} = ${fmt(e)}`, value: e },
    { text: verdict, expr: `error = ${fmt(e)}`, value: e },
  ];
}

/** squared_error(0.5, 0.8): the error −0.3, then −0.3 × −0.3 = 0.09. */
export function squaredError(prediction: number, target: number): Step[] {
  const e = prediction - target;
  const sq = e * e;
  return [
    { text: "Find the error: prediction − target.", expr: `${fmt(prediction)} − ${br(target)} = ${fmt(e)}`, value: e },
    { text: "Multiply the error by itself (square it).", expr: `${fmt(e)} × ${br(e)} = ${fmt(sq)}`, value: sq },
  ];
}

/** The neuron's output for some inputs, then how far it is from the target. */
export function neuronError(inputs: readonly number[], weights: readonly number[], b: number, target: number): Step[] {
  const steps = neuronMulti(inputs, weights, b);
  const out = steps[steps.length - 1]!.value;
  return [...steps, ...error(out, target)];
}

function sumAndMean(squares: number[], steps: Step[]): Step[] {
  let total = 0;
  for (const sq of squares) total = total + sq;
  steps.push({ text: "Add up the squared errors.", expr: `${squares.map((s) => fmt(s)).join(" + ")} = ${fmt(total)}`, value: total });
  const m = total / squares.length;
  steps.push({
    text: `Divide by how many examples there are (${squares.length}).`,
    expr: `${fmt(total)} ÷ ${squares.length} = ${fmt(m)}`,
    value: m,
  });
  return steps;
}

/** mse([0.5, 0.7], [0.8, 0.8]): each error squared, add them up, divide by how many. */
export function mse(predictions: readonly number[], targets: readonly number[]): Step[] {
  if (predictions.length !== targets.length) {
    throw new Error(
      `mse needs one target per prediction: got ${predictions.length} predictions and ${targets.length} targets.`,
    );
  }
  if (predictions.length === 0) throw new Error("mse needs at least one prediction.");
  const steps: Step[] = [];
  const squares = predictions.map((p, i) => {
    const t = targets[i]!;
    const e = p - t;
    const sq = e * e;
    steps.push({
      text: `Example ${i + 1}: the error, then the error times itself.`,
      expr: `${fmt(p)} − ${br(t)} = ${fmt(e)}, ${fmt(e)} × ${br(e)} = ${fmt(sq)}`,
      value: sq,
    });
    return sq;
  });
  return sumAndMean(squares, steps);
}

/** The mean squared error of the neuron input × w + b over examples [input, target]. */
export function dataLoss(data: readonly (readonly number[])[], w: number, b = 0): Step[] {
  const steps: Step[] = [];
  const squares = pairs(data).map(([x, t], i) => {
    const p = x * w + b;
    const e = p - t;
    const sq = e * e;
    steps.push({
      text: `Example ${i + 1}: predict, find the error, square it.`,
      expr: `${fmt(x)} × ${br(w)} + ${br(b)} = ${fmt(p)}, ${fmt(p)} − ${br(t)} = ${fmt(e)}, ${fmt(e)} × ${br(e)} = ${fmt(sq)}`,
      value: sq,
    });
    return sq;
  });
  return sumAndMean(squares, steps);
}
