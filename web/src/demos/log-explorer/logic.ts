/** A logarithm asks "how many times?": divide by the base until you reach 1, and count. */
import { exp, lastValue, log, type Step } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";
import { sample } from "../sample";

export const TITLE = "Logarithms: how many times?";

export const BASES = ["2", "10", "e"] as const;
export type Base = (typeof BASES)[number];
export type LogState = { x: number; base: Base };

export const X: Range = { min: 0.5, max: 100, step: 0.5 };

export function normalise(p: Record<string, unknown>): LogState {
  return { x: clamp(numberProp(p.x, 8), X.min, X.max), base: choiceProp(p.base, BASES, "2") };
}

const baseArg = (b: Base): number | string => (b === "e" ? "e" : Number(b));
const baseValue = (b: Base): number => (b === "e" ? Math.E : Number(b));

export function compute(s: LogState): { steps: Step[]; answer: number; back: Step[] } {
  const steps = log(s.x, baseArg(s.base));
  const answer = lastValue(steps);
  return { steps, answer, back: s.base === "e" ? exp(answer) : [] };
}

/** The log curve for this base, for the graph: it rises fast, then slower and slower. */
export function curve(b: Base): [number, number][] {
  const ln = Math.log(baseValue(b));
  return sample((x) => Math.log(x) / ln, X.min, X.max, 200);
}
