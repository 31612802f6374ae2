/** b = m × a, c = b × b: the chain rule's rate for a → c, checked by nudging a. */
import { chainNudge, type Step } from "../../explain";
import { sample } from "../sample";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Check the chain rule by nudging";

export const A: Range = { min: -3, max: 3, step: 0.1 };
export const M: Range = { min: -3, max: 3, step: 0.1 };
export const NUDGES = ["0.1", "0.01", "0.001"] as const;
export type Nudge = (typeof NUDGES)[number];

export type NudgeState = { a: number; m: number; h: Nudge };

export function normalise(p: Record<string, unknown>): NudgeState {
  const h = typeof p.h === "number" ? String(p.h) : p.h;
  return {
    a: clamp(numberProp(p.a, 2), A.min, A.max),
    m: clamp(numberProp(p.m, 3), M.min, M.max),
    h: choiceProp(h, NUDGES, "0.001"),
  };
}

export function compute(s: NudgeState): { steps: Step[]; rule: number; nudge: number; c: number; gap: number } {
  const steps = chainNudge(s.a, s.m, Number(s.h));
  const rule = steps[4]!.value;
  const nudge = steps[6]!.value;
  return { steps, rule, nudge, c: steps[1]!.value, gap: Math.abs(nudge - rule) };
}

/** c as a changes, m held where it is. */
export function curve(s: NudgeState): [number, number][] {
  return sample((a) => (s.m * a) * (s.m * a), A.min, A.max, 120);
}
