/** Two arrows on a graph: their dot product is big when they point the same way, 0 at a corner. */
import { dot, fmt, lastValue, vectorLength, type Step } from "../../explain";
import { numberListProp, type Range } from "../state";

export const TITLE = "Arrows and the dot product";

export type ArrowState = { a: number[]; b: number[] };

export const R: Range = { min: -4, max: 4, step: 0.5 };

const pair = (list: number[]): number[] => [list[0] ?? 0, list[1] ?? 0];

export function normalise(p: Record<string, unknown>): ArrowState {
  return { a: pair(numberListProp(p.a, [3, 1], R.min, R.max)), b: pair(numberListProp(p.b, [1, 2], R.min, R.max)) };
}

/** In words, what the sign of the dot product says about the two arrows. */
export function verdict(d: number): string {
  if (Math.abs(d) < 1e-9) return "0: the arrows make a square corner";
  return d > 0 ? `${fmt(d)}: positive, the arrows point roughly the same way` : `${fmt(d)}: negative, the arrows point roughly opposite ways`;
}

export function compute(s: ArrowState): { steps: Step[]; d: number; lengthA: number; lengthB: number; words: string } {
  const steps = dot(s.a, s.b);
  const d = lastValue(steps);
  return {
    steps,
    d,
    lengthA: lastValue(vectorLength(s.a)),
    lengthB: lastValue(vectorLength(s.b)),
    words: verdict(d),
  };
}
