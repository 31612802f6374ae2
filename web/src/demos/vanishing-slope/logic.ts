/**
 * The slope reaching back through time is a product: one factor per step. The learner picks the
 * factor and how many steps back, and sees the product grow or shrink, step by step, on a
 * log-like bar (each mark is ten times the one before), with a plain verdict.
 */
import { slopeProducts, slopeThroughTime, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Watch a slope vanish (or explode) through time";

export const FACTOR: Range = { min: 0.1, max: 1.5, step: 0.05 };
export const STEPS: Range = { min: 1, max: 50, step: 1 };
/** Below this the early steps barely get any credit; above the other, learning blows up. */
export const VANISH = 0.01;
export const EXPLODE = 100;
/** The bar's range: from 10^LOW to 10^HIGH (values outside sit at the ends). */
export const LOW = -8;
export const HIGH = 8;
/** The table shows the first few steps back and then the last. */
export const FIRST = 5;

export type SlopeState = { factor: number; steps: number };

export function normalise(p: Record<string, unknown>): SlopeState {
  const factor = Math.round(clamp(numberProp(p.factor, 0.5), FACTOR.min, FACTOR.max) * 100) / 100;
  const steps = Math.round(clamp(numberProp(p.steps, 10), STEPS.min, STEPS.max));
  return { factor, steps };
}

export type Verdict = "vanishes" | "explodes" | "survives";

export function verdict(value: number): Verdict {
  if (value < VANISH) return "vanishes";
  if (value > EXPLODE) return "explodes";
  return "survives";
}

/** Where a positive value sits on the log-like bar, from 0 (10^LOW or less) to 1 (10^HIGH or more). */
export function barPosition(value: number): number {
  if (!(value > 0)) return 0;
  return clamp((Math.log10(value) - LOW) / (HIGH - LOW), 0, 1);
}

export interface Row {
  back: number;
  value: number;
}

export interface SlopeView {
  products: number[];
  value: number;
  verdict: Verdict;
  /** The rows of the table: steps 1 to FIRST, then the last one (if it is further back). */
  rows: Row[];
  /** True when steps were left out between the first rows and the last. */
  gap: boolean;
  steps: Step[];
}

export function compute(s: SlopeState): SlopeView {
  const products = slopeProducts(s.factor, s.steps);
  const value = products[products.length - 1]!;
  const rows: Row[] = products.slice(0, FIRST).map((v, i) => ({ back: i + 1, value: v }));
  if (s.steps > FIRST) rows.push({ back: s.steps, value });
  return { products, value, verdict: verdict(value), rows, gap: s.steps > FIRST + 1, steps: slopeThroughTime(s.factor, s.steps) };
}

/** How many steps back until the product first drops below VANISH (null if it never does within 50). */
export function stepsToVanish(factor: number): number | null {
  const products = slopeProducts(factor, STEPS.max);
  const i = products.findIndex((v) => v < VANISH);
  return i < 0 ? null : i + 1;
}
