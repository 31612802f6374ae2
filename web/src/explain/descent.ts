/**
 * Worked steps for learning: one example's loss, its slope by nudging and by the shortcut,
 * gradient descent iteration by iteration, and epochs over many examples
 * (mirrors fromzero/explain/descent.py).
 */
import { pairs } from "./loss";
import { big } from "./numbers";
import { fmt, type Step } from "./steps";

export const NUDGE_DECIMALS = 7;
export type Show = "weight" | "prediction" | "loss";
export type Knob = "w" | "b";

/** A number to put after an operator: negatives get brackets, huge ones a power of 10. */
function b_(x: number): string {
  const text = big(x);
  return text.startsWith("\u2212") ? `(${text})` : text;
}

function checkShow(show: string, allowed: readonly string[] = ["weight", "prediction", "loss"]): void {
  if (!allowed.includes(show)) throw new Error(`show must be one of ${allowed.join(", ")}: got '${show}'.`);
}

function checkKnob(knob: string): void {
  if (knob !== "w" && knob !== "b") throw new Error(`knob must be 'w' (the weight) or 'b' (the bias): got '${knob}'.`);
}

/** (input × weight + bias − target)², the loss of one example. */
export function lossOf(x: number, t: number, w: number, b: number): number {
  const e = x * w + b - t;
  return e * e;
}

/** example_loss(2, 5, 0.1): 2 × 0.1 + 0 = 0.2, 0.2 − 5 = −4.8, −4.8 × −4.8 = 23.04. */
export function exampleLoss(x: number, target: number, w: number, b = 0): Step[] {
  const p = x * w + b;
  const e = p - target;
  const loss = e * e;
  return [
    { text: "Predict: input × weight + bias.", expr: `${fmt(x)} × ${b_(w)} + ${b_(b)} = ${fmt(p)}`, value: p },
    { text: "Error: prediction − target.", expr: `${fmt(p)} − ${b_(target)} = ${fmt(e)}`, value: e },
    { text: "Loss: the error times itself.", expr: `${fmt(e)} × ${b_(e)} = ${fmt(loss)}`, value: loss },
  ];
}

/** Nudge the weight or the bias a tiny bit: the loss's change ÷ the nudge is its slope. */
export function lossNudge(x: number, target: number, w: number, b = 0, h = 0.001, knob: string = "w"): Step[] {
  checkKnob(knob);
  if (h === 0) throw new Error("The nudge cannot be 0: we divide by it.");
  const d = NUDGE_DECIMALS;
  const [name, old] = knob === "w" ? ["weight", w] : ["bias", b];
  const next = old + h;
  const before = lossOf(x, target, w, b);
  const after = knob === "w" ? lossOf(x, target, next, b) : lossOf(x, target, w, next);
  const change = after - before;
  const slope = change / h;
  return [
    { text: `The loss now, with ${name} ${fmt(old, d)}.`, expr: `loss = ${fmt(before, d)}`, value: before },
    { text: `Nudge the ${name} by a tiny ${fmt(h, d)}.`, expr: `${fmt(old, d)} + ${fmt(h, d)} = ${fmt(next, d)}`, value: next },
    { text: `The loss with the nudged ${name}.`, expr: `loss = ${fmt(after, d)}`, value: after },
    { text: "How much the loss changed.", expr: `${fmt(after, d)} − ${fmt(before, d)} = ${fmt(change, d)}`, value: change },
    { text: "Slope = change in loss ÷ nudge.", expr: `${fmt(change, d)} ÷ ${fmt(h, d)} = ${fmt(slope)}`, value: slope },
  ];
}

/** The shortcut: 2 × error × input for the weight, 2 × error for the bias. */
export function gradient(x: number, target: number, w: number, b = 0, knob: string = "w"): Step[] {
  checkKnob(knob);
  const steps = exampleLoss(x, target, w, b).slice(0, 2);
  const e = steps[1]!.value;
  if (knob === "w") {
    const g = 2 * e * x;
    steps.push({ text: "Slope of the loss for the weight: 2 × error × input.", expr: `2 × ${b_(e)} × ${b_(x)} = ${fmt(g)}`, value: g });
  } else {
    const g = 2 * e;
    steps.push({ text: "Slope of the loss for the bias: 2 × error.", expr: `2 × ${b_(e)} = ${fmt(g)}`, value: g });
  }
  return steps;
}

/** One iteration's numbers, for demos that draw them. */
export interface Iteration {
  w: number;
  prediction: number;
  error: number;
  loss: number;
  gradient: number;
  step: number;
  next: number;
}

export function iterate(x: number, t: number, w: number, lr: number, b = 0): Iteration {
  const prediction = x * w + b;
  const error = prediction - t;
  const loss = error * error;
  const g = 2 * error * x;
  const step = lr * g;
  return { w, prediction, error, loss, gradient: g, step, next: w - step };
}

function iterationSteps(x: number, t: number, w: number, lr: number, b: number, k: number): [Step[], number] {
  const it = iterate(x, t, w, lr, b);
  return [
    [
      { text: `Iteration ${k}. Predict: input × weight + bias.`, expr: `${big(x)} × ${b_(w)} + ${b_(b)} = ${big(it.prediction)}`, value: it.prediction },
      { text: "Error: prediction − target.", expr: `${big(it.prediction)} − ${b_(t)} = ${big(it.error)}`, value: it.error },
      { text: "Loss: the error times itself.", expr: `${big(it.error)} × ${b_(it.error)} = ${big(it.loss)}`, value: it.loss },
      { text: "Gradient: 2 × error × input.", expr: `2 × ${b_(it.error)} × ${b_(x)} = ${big(it.gradient)}`, value: it.gradient },
      { text: "Step: learning rate × gradient.", expr: `${fmt(lr)} × ${b_(it.gradient)} = ${big(it.step)}`, value: it.step },
      { text: "New weight: old weight − step.", expr: `${big(w)} − ${b_(it.step)} = ${big(it.next)}`, value: it.next },
    ],
    it.next,
  ];
}

function summary(label: string, x: number, t: number, w: number, b: number, show: string): Step {
  const p = x * w + b;
  const e = p - t;
  const loss = e * e;
  const value = show === "weight" ? w : show === "prediction" ? p : loss;
  return { text: label, expr: `weight = ${big(w)}, prediction = ${big(p)}, loss = ${big(loss)}`, value };
}

/** One iteration of gradient descent for the weight; ends on the new weight. */
export function descentStep(x: number, target: number, w: number, lr: number, b = 0): Step[] {
  return iterationSteps(x, target, w, lr, b, 1)[0];
}

/** Every step of every iteration; the last step reports the weight, prediction or loss. */
export function gradientDescent(x: number, target: number, w: number, lr: number, iterations: number, b = 0, show: string = "weight"): Step[] {
  checkShow(show);
  const n = Math.trunc(iterations);
  const steps: Step[] = [];
  let weight = w;
  for (let k = 1; k <= n; k++) {
    const [more, next] = iterationSteps(x, target, weight, lr, b, k);
    steps.push(...more);
    weight = next;
  }
  steps.push(summary(`After ${n} iterations:`, x, target, weight, b, show));
  return steps;
}

/** One line per iteration (or per `every` iterations); stops if the weight becomes NaN. */
export function descentTable(x: number, target: number, w: number, lr: number, iterations: number, every = 1, b = 0, show: string = "loss"): Step[] {
  checkShow(show);
  const n = Math.trunc(iterations);
  const each = Math.max(1, Math.trunc(every));
  const steps: Step[] = [];
  let weight = w;
  let done = 0;
  for (let k = 1; k <= n; k++) {
    const it = iterate(x, target, weight, lr, b);
    if (k % each === 0 || k === 1 || k === n || Number.isNaN(it.next)) {
      steps.push({
        text: `Iteration ${k}: loss ${big(it.loss)}, gradient ${big(it.gradient)}.`,
        expr: `${big(weight)} − ${fmt(lr)} × ${b_(it.gradient)} = ${big(it.next)}`,
        value: it.next,
      });
    }
    weight = it.next;
    done = k;
    if (Number.isNaN(weight)) {
      steps.push({ text: "The weight is NaN: not a number. Training is broken and cannot recover.", expr: "weight = NaN", value: weight });
      break;
    }
  }
  steps.push(summary(`After ${done} iterations:`, x, target, weight, b, show));
  return steps;
}

/** One epoch's numbers: each example's loss, the weight after it, and the mean loss. */
export interface EpochResult {
  steps: Step[];
  losses: number[];
  weights: number[];
  w: number;
  mean: number;
}

export function runEpoch(data: readonly (readonly number[])[], w: number, lr: number): EpochResult {
  const steps: Step[] = [];
  const losses: number[] = [];
  const weights: number[] = [];
  let weight = w;
  pairs(data).forEach(([x, t], i) => {
    const p = x * weight;
    const e = p - t;
    const loss = e * e;
    losses.push(loss);
    const g = 2 * e * x;
    const next = weight - lr * g;
    steps.push({
      text: `Example ${i + 1}: input ${big(x)}, target ${big(t)}. Predict, error, loss.`,
      expr: `${big(x)} × ${b_(weight)} = ${big(p)}, ${big(p)} − ${b_(t)} = ${big(e)}, ${big(e)} × ${b_(e)} = ${big(loss)}`,
      value: loss,
    });
    steps.push({
      text: "Gradient 2 × error × input, then step the weight downhill.",
      expr: `2 × ${b_(e)} × ${b_(x)} = ${big(g)}, ${big(weight)} − ${fmt(lr)} × ${b_(g)} = ${big(next)}`,
      value: next,
    });
    weight = next;
    weights.push(weight);
  });
  let total = 0;
  for (const l of losses) total = total + l;
  steps.push({
    text: "Add up the losses of this epoch.",
    expr: `${losses.map((v, i) => (i ? b_(v) : big(v))).join(" + ")} = ${big(total)}`,
    value: total,
  });
  const mean = total / losses.length;
  steps.push({ text: `Divide by how many examples there are (${losses.length}).`, expr: `${big(total)} ÷ ${losses.length} = ${big(mean)}`, value: mean });
  return { steps, losses, weights, w: weight, mean };
}

/** One pass through the data, one update per example (prediction = input × weight). */
export function epoch(data: readonly (readonly number[])[], w: number, lr: number, show: string = "loss"): Step[] {
  checkShow(show, ["weight", "loss"]);
  const r = runEpoch(data, w, lr);
  r.steps.push({ text: "At the end of the epoch:", expr: `mean loss = ${big(r.mean)}, weight = ${big(r.w)}`, value: show === "loss" ? r.mean : r.w });
  return r.steps;
}

/** One line per epoch (or per `every` epochs): the epoch's mean loss and the weight after it. */
export function train(data: readonly (readonly number[])[], w: number, lr: number, epochs: number, every = 1, show: string = "loss"): Step[] {
  checkShow(show, ["weight", "loss"]);
  pairs(data);
  const n = Math.trunc(epochs);
  const each = Math.max(1, Math.trunc(every));
  const steps: Step[] = [];
  let weight = w;
  let mean = NaN;
  let done = 0;
  for (let k = 1; k <= n; k++) {
    const r = runEpoch(data, weight, lr);
    weight = r.w;
    mean = r.mean;
    done = k;
    if (k % each === 0 || k === 1 || k === n || Number.isNaN(weight)) {
      steps.push({ text: `Epoch ${k}.`, expr: `mean loss = ${big(mean)}, weight = ${big(weight)}`, value: mean });
    }
    if (Number.isNaN(weight)) {
      steps.push({ text: "The weight is NaN: not a number. Training is broken and cannot recover.", expr: "weight = NaN", value: weight });
      break;
    }
  }
  steps.push({ text: `After ${done} epochs:`, expr: `mean loss = ${big(mean)}, weight = ${big(weight)}`, value: show === "loss" ? mean : weight });
  return steps;
}
