/** Many backprop steps in a row: the two weights move and the loss goes down (or blows up). */
import { backpropNumbers } from "../../explain";
import { clamp, numberProp, type Range } from "../state";
import { LR, TARGET, WEIGHT, X } from "../backprop-flow/logic";

export const TITLE = "Backpropagation, step after step";
export { LR, TARGET, WEIGHT, X };
export const STEPS: Range = { min: 0, max: 50, step: 1 };

export type TrainState = { x: number; target: number; w1: number; w2: number; lr: number; steps: number };

export function normalise(p: Record<string, unknown>): TrainState {
  return {
    x: clamp(numberProp(p.x, 2), X.min, X.max),
    target: clamp(numberProp(p.target, 1), TARGET.min, TARGET.max),
    w1: clamp(numberProp(p.w1, 0.5), WEIGHT.min, WEIGHT.max),
    w2: clamp(numberProp(p.w2, 0.8), WEIGHT.min, WEIGHT.max),
    lr: clamp(numberProp(p.lr, 0.1), LR.min, LR.max),
    steps: Math.round(clamp(numberProp(p.steps, 5), STEPS.min, STEPS.max)),
  };
}

export interface Row {
  step: number;
  w1: number;
  w2: number;
  loss: number;
}

/** Row k holds the weights and loss after k steps (row 0 is the start). */
export function history(s: TrainState): Row[] {
  let { w1, w2 } = s;
  const e0 = s.x * w1 * w2 - s.target;
  const rows: Row[] = [{ step: 0, w1, w2, loss: e0 * e0 }];
  for (let k = 1; k <= s.steps; k++) {
    const n = backpropNumbers(s.x, s.target, w1, w2, s.lr);
    w1 = n.w1;
    w2 = n.w2;
    rows.push({ step: k, w1, w2, loss: n.new_loss });
  }
  return rows;
}
