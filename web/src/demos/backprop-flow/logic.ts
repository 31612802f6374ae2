/** One training step of input → hidden → output, shown in phases: forward, loss, backward, update. */
import { backprop, backpropNumbers, type BackpropNumbers, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Backpropagation, one step";

export const X: Range = { min: -3, max: 3, step: 0.5 };
export const TARGET: Range = { min: -3, max: 3, step: 0.1 };
export const WEIGHT: Range = { min: -2, max: 2, step: 0.05 };
export const LR: Range = { min: 0.01, max: 0.5, step: 0.01 };

/** 1 forward, 2 loss, 3 backward, 4 update. */
export const PHASES = ["Forward pass", "Loss", "Error flows backward", "Update the weights"] as const;

export type BackpropState = { x: number; target: number; w1: number; w2: number; lr: number; phase: number };

export function normalise(p: Record<string, unknown>): BackpropState {
  return {
    x: clamp(numberProp(p.x, 2), X.min, X.max),
    target: clamp(numberProp(p.target, 1), TARGET.min, TARGET.max),
    w1: clamp(numberProp(p.w1, 0.5), WEIGHT.min, WEIGHT.max),
    w2: clamp(numberProp(p.w2, 0.8), WEIGHT.min, WEIGHT.max),
    lr: clamp(numberProp(p.lr, 0.1), LR.min, LR.max),
    phase: Math.round(clamp(numberProp(p.phase, 4), 1, PHASES.length)),
  };
}

/** Which steps of the worked example each phase shows (indexes into backprop()'s steps). */
const PHASE_END = [2, 4, 8, 12];

export function compute(s: BackpropState): { steps: Step[]; shown: number; n: BackpropNumbers } {
  const steps = backprop(s.x, s.target, s.w1, s.w2, s.lr);
  return { steps, shown: PHASE_END[s.phase - 1]!, n: backpropNumbers(s.x, s.target, s.w1, s.w2, s.lr) };
}

/** Apply the update: the new weights become the current ones, and we start again at phase 1. */
export function takeStep(s: BackpropState): BackpropState {
  const n = backpropNumbers(s.x, s.target, s.w1, s.w2, s.lr);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { ...s, w1: clamp(round(n.w1), WEIGHT.min, WEIGHT.max), w2: clamp(round(n.w2), WEIGHT.min, WEIGHT.max), phase: 1 };
}
