/** The chain rule as a line of links: if A moves B and B moves C, A moves C by the product. */
import { chainRule, fmt, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Links in a chain";

export const RATE: Range = { min: -3, max: 3, step: 0.1 };
export const PUSH: Range = { min: -2, max: 2, step: 0.1 };
export const NAMES = ["A", "B", "C", "D"] as const;

export type GearsState = { rates: number[]; links: number; push: number };

export function normalise(p: Record<string, unknown>): GearsState {
  const rates = numberListProp(p.rates, [3, 2, 0.5], RATE.min, RATE.max).slice(0, 3);
  while (rates.length < 3) rates.push(1);
  return {
    rates,
    links: Math.round(clamp(numberProp(p.links, 2), 1, 3)),
    push: clamp(numberProp(p.push, 1), PUSH.min, PUSH.max),
  };
}

/** How far each thing moves when A is pushed by `push`: [A, B, C, (D)]. */
export function moves(s: GearsState): number[] {
  const out = [s.push];
  for (let i = 0; i < s.links; i++) out.push(out[i]! * s.rates[i]!);
  return out;
}

export function compute(s: GearsState): { steps: Step[]; total: number; moved: number[]; sentence: string } {
  const steps = chainRule(s.rates.slice(0, s.links));
  const total = steps[steps.length - 1]!.value;
  const moved = moves(s);
  const last = NAMES[s.links]!;
  return {
    steps,
    total,
    moved,
    sentence: `Push A by ${fmt(s.push)}: ${last} moves ${fmt(moved[s.links]!)}, which is ${fmt(s.push)} × ${fmt(total)}.`,
  };
}
