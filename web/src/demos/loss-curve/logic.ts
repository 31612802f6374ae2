/** The loss of one example against the weight: a U. Where we stand, its slope is the gradient. */
import { exampleLoss, gradient, lastValue, lossNudge, lossOf, type Step } from "../../explain";
import { sample } from "../sample";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Feel the slope of the loss";

export type LossCurveState = { x: number; target: number; w: number };

export const INPUT: Range = { min: 0.5, max: 3, step: 0.5 };
export const TARGET: Range = { min: -5, max: 5, step: 0.5 };
export const WEIGHT: Range = { min: -2, max: 5, step: 0.05 };
export const W_DOMAIN: [number, number] = [WEIGHT.min, WEIGHT.max];
export const NUDGE = 0.001;

export function normalise(p: Record<string, unknown>): LossCurveState {
  return {
    x: clamp(numberProp(p.x, 2), INPUT.min, INPUT.max),
    target: clamp(numberProp(p.target, 5), TARGET.min, TARGET.max),
    w: clamp(numberProp(p.w, 0.1), WEIGHT.min, WEIGHT.max),
  };
}

export type Way = "left" | "right" | "nowhere";

/** Downhill is the opposite way to the slope. */
export function downhill(g: number): Way {
  if (Math.abs(g) < 1e-9) return "nowhere";
  return g > 0 ? "left" : "right";
}

export function compute(s: LossCurveState): {
  loss: Step[];
  nudge: Step[];
  shortcut: Step[];
  lossValue: number;
  byNudge: number;
  byShortcut: number;
  way: Way;
  best: number;
} {
  const loss = exampleLoss(s.x, s.target, s.w);
  const nudge = lossNudge(s.x, s.target, s.w, 0, NUDGE);
  const shortcut = gradient(s.x, s.target, s.w);
  const byShortcut = lastValue(shortcut);
  return {
    loss,
    nudge,
    shortcut,
    lossValue: lastValue(loss),
    byNudge: lastValue(nudge),
    byShortcut,
    way: downhill(byShortcut),
    best: s.target / s.x,
  };
}

export function curve(s: LossCurveState): [number, number][] {
  return sample((w) => lossOf(s.x, s.target, w, 0), W_DOMAIN[0], W_DOMAIN[1], 160);
}

/** Fixed height for the axes: the biggest loss any weight on the slider can give here. */
export function lossTop(s: LossCurveState): number {
  return Math.max(lossOf(s.x, s.target, W_DOMAIN[0], 0), lossOf(s.x, s.target, W_DOMAIN[1], 0)) * 1.05 + 1;
}
