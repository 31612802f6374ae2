/** Worked steps for backpropagation in input → hidden → output (mirrors fromzero/explain/backprop.py). */
import { paren as p } from "./networks";
import { fmt, type Step } from "./steps";

export const BACKPROP_SHOW = ["hidden", "output", "error", "loss", "grad_output", "grad_w2", "grad_hidden", "grad_w1", "w2", "w1", "new_loss"] as const;
export type BackpropShow = (typeof BACKPROP_SHOW)[number];

export interface BackpropNumbers {
  hidden: number; output: number; error: number; loss: number; grad_output: number; grad_w2: number;
  grad_hidden: number; grad_w1: number; w2: number; w1: number; new_loss: number;
  new_hidden: number; new_output: number; new_error: number;
}

/** Every number of one training step (forward, loss, backward, update, forward again). */
export function backpropNumbers(x: number, target: number, w1: number, w2: number, lr: number): BackpropNumbers {
  const hidden = x * w1;
  const output = hidden * w2;
  const error = output - target;
  const loss = error * error;
  const gradOutput = 2 * error;
  const gradW2 = gradOutput * hidden;
  const gradHidden = gradOutput * w2;
  const gradW1 = gradHidden * x;
  const newW2 = w2 - lr * gradW2;
  const newW1 = w1 - lr * gradW1;
  const newError = x * newW1 * newW2 - target;
  return {
    hidden, output, error, loss, grad_output: gradOutput, grad_w2: gradW2, grad_hidden: gradHidden, grad_w1: gradW1,
    w2: newW2, w1: newW1, new_loss: newError * newError, new_hidden: x * newW1, new_output: x * newW1 * newW2, new_error: newError,
  };
}

export function backprop(x: number, target: number, w1: number, w2: number, lr = 0.1, show: string = "w1"): Step[] {
  if (!(BACKPROP_SHOW as readonly string[]).includes(show)) throw new Error(`show must be one of ${BACKPROP_SHOW.join(", ")}: got '${show}'.`);
  const n = backpropNumbers(x, target, w1, w2, lr);
  return [
    { text: "Forward: hidden = input × w1.", expr: `${p(x)} × ${p(w1)} = ${fmt(n.hidden)}`, value: n.hidden },
    { text: "Forward: output = hidden × w2.", expr: `${p(n.hidden)} × ${p(w2)} = ${fmt(n.output)}`, value: n.output },
    { text: "Error: output − target.", expr: `${p(n.output)} − ${p(target)} = ${fmt(n.error)}`, value: n.error },
    { text: "Loss: the error times itself.", expr: `${p(n.error)} × ${p(n.error)} = ${fmt(n.loss)}`, value: n.loss },
    { text: "Backward: slope of the loss for the output is 2 × error.", expr: `2 × ${p(n.error)} = ${fmt(n.grad_output)}`, value: n.grad_output },
    { text: "Slope for w2: that × the hidden value (what w2 was multiplied by).", expr: `${p(n.grad_output)} × ${p(n.hidden)} = ${fmt(n.grad_w2)}`, value: n.grad_w2 },
    { text: "Error reaching the hidden neuron: that × w2 (it flows back along w2).", expr: `${p(n.grad_output)} × ${p(w2)} = ${fmt(n.grad_hidden)}`, value: n.grad_hidden },
    { text: "Slope for w1: the error at hidden × the input.", expr: `${p(n.grad_hidden)} × ${p(x)} = ${fmt(n.grad_w1)}`, value: n.grad_w1 },
    { text: "New w2 = w2 − learning rate × its slope.", expr: `${p(w2)} − ${p(lr)} × ${p(n.grad_w2)} = ${fmt(n.w2)}`, value: n.w2 },
    { text: "New w1 = w1 − learning rate × its slope.", expr: `${p(w1)} − ${p(lr)} × ${p(n.grad_w1)} = ${fmt(n.w1)}`, value: n.w1 },
    { text: "Forward again with the new weights: the new loss.", expr: `(${p(x)} × ${p(n.w1)} × ${p(n.w2)} − ${p(target)})² = ${fmt(n.new_loss)}`, value: n.new_loss },
    {
      text: "After one step:",
      expr: `w1 ${fmt(w1)} → ${fmt(n.w1)}, w2 ${fmt(w2)} → ${fmt(n.w2)}, loss ${fmt(n.loss)} → ${fmt(n.new_loss)}`,
      value: n[show as BackpropShow],
    },
  ];
}

export function backpropTrain(x: number, target: number, w1: number, w2: number, lr = 0.1, steps = 5, show = "loss"): Step[] {
  if (show !== "loss" && show !== "w1" && show !== "w2") throw new Error(`show must be one of loss, w1, w2: got '${show}'.`);
  const out: Step[] = [];
  for (let k = 1; k <= steps; k++) {
    const n = backpropNumbers(x, target, w1, w2, lr);
    out.push({ text: `Step ${k}: loss ${fmt(n.loss)}.`, expr: `w1 ${fmt(w1)} → ${fmt(n.w1)}, w2 ${fmt(w2)} → ${fmt(n.w2)}`, value: n.loss });
    w1 = n.w1;
    w2 = n.w2;
  }
  const e = x * w1 * w2 - target;
  const final = { loss: e * e, w1, w2 }[show];
  out.push({ text: `After ${steps} steps:`, expr: `w1 = ${fmt(w1)}, w2 = ${fmt(w2)}, loss = ${fmt(e * e)}`, value: final });
  return out;
}
