/** Two knobs, weight and bias: the gradient is one slope for each, found by nudging each alone. */
import { gradient, lastValue, lossNudge, lossOf, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "One slope per knob";

export type KnobsState = { x: number; target: number; w: number; b: number };

export const INPUT: Range = { min: -3, max: 3, step: 0.5 };
export const TARGET: Range = { min: -5, max: 5, step: 0.5 };
export const WEIGHT: Range = { min: -3, max: 3, step: 0.05 };
export const BIAS: Range = { min: -3, max: 3, step: 0.05 };
export const NUDGE = 0.001;

export function normalise(p: Record<string, unknown>): KnobsState {
  return {
    x: clamp(numberProp(p.x, 2), INPUT.min, INPUT.max),
    target: clamp(numberProp(p.target, 5), TARGET.min, TARGET.max),
    w: clamp(numberProp(p.w, 0.1), WEIGHT.min, WEIGHT.max),
    b: clamp(numberProp(p.b, 0), BIAS.min, BIAS.max),
  };
}

export interface Knob {
  name: "weight" | "bias";
  nudge: Step[];
  shortcut: Step[];
  byNudge: number;
  byShortcut: number;
  advice: string;
}

function advice(g: number, name: string): string {
  if (Math.abs(g) < 1e-9) return `The loss is flat for the ${name}: leave it.`;
  return g > 0 ? `Make the ${name} smaller to lower the loss.` : `Make the ${name} bigger to lower the loss.`;
}

export function compute(s: KnobsState): { loss: number; knobs: Knob[] } {
  const knobs = (["w", "b"] as const).map((k): Knob => {
    const nudge = lossNudge(s.x, s.target, s.w, s.b, NUDGE, k);
    const shortcut = gradient(s.x, s.target, s.w, s.b, k);
    const name = k === "w" ? "weight" : "bias";
    const byShortcut = lastValue(shortcut);
    return { name, nudge, shortcut, byNudge: lastValue(nudge), byShortcut, advice: advice(byShortcut, name) };
  });
  return { loss: lossOf(s.x, s.target, s.w, s.b), knobs };
}
