/** Where e comes from: split a year into more and more parts and watch the money creep up to e. */
import { eLimit, lastValue, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Growing money, and the number e";

export type GrowthState = { n: number };

/** The slider moves the power of ten-ish steps: 1, 2, 4, 12, 52, 365, 8760, 525600. */
export const CHOICES = [1, 2, 4, 12, 52, 365, 8760, 525600];
export const NAMES = ["once a year", "every half year", "every season", "every month", "every week", "every day", "every hour", "every minute"];
export const INDEX: Range = { min: 0, max: CHOICES.length - 1, step: 1 };

export function normalise(p: Record<string, unknown>): GrowthState {
  return { n: Math.round(clamp(numberProp(p.n, 3), INDEX.min, INDEX.max)) };
}

export function compute(s: GrowthState): { parts: number; name: string; steps: Step[]; money: number; gap: number } {
  const parts = CHOICES[s.n]!;
  const steps = eLimit(parts);
  const money = lastValue(steps);
  return { parts, name: NAMES[s.n]!, steps, money, gap: Math.E - money };
}

/** Every choice's result, for the bar chart: they creep up towards e. */
export function ladder(): { parts: number; money: number }[] {
  return CHOICES.map((parts) => ({ parts, money: lastValue(eLimit(parts)) }));
}
