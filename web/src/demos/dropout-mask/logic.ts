/**
 * Dropout on one layer: ten outputs, a rate, and a random mask. While training, each output is
 * dropped with chance `rate` and each kept one is multiplied by 1 / (1 − rate), so the sum
 * stays the same on average. At test time nothing is dropped and nothing is scaled.
 */
import { dropout, dropoutValues, type Step } from "../../explain";
import { choiceProp, clamp, numberListProp, numberProp, type Range } from "../state";
import { seededRandom } from "../random";

export const TITLE = "Switch off some outputs: dropout";

export const MODES = ["training", "test"] as const;
export type Mode = (typeof MODES)[number];

export type DropoutState = { values: number[]; rate: number; seed: number; mode: Mode };

export const RATE: Range = { min: 0, max: 0.9, step: 0.05 };
export const SEED_MAX = 999;
export const DEFAULT_VALUES = [0.8, 1.5, 0.2, 2.1, 0.9, 1.3, 0.4, 1.7, 1.1, 0.6];
/** How many masks we draw to show the average sum after dropout. */
export const TRIALS = 2000;

export function normalise(p: Record<string, unknown>): DropoutState {
  const values = numberListProp(p.values, DEFAULT_VALUES, -10, 10).slice(0, 12);
  return {
    values,
    rate: clamp(Math.round(numberProp(p.rate, 0.5) * 20) / 20, RATE.min, RATE.max), // steps of 0.05
    seed: Math.round(clamp(numberProp(p.seed, 1), 1, SEED_MAX)),
    mode: choiceProp(p.mode, MODES, "training"),
  };
}

/** The same seed gives the same numbers (see ../random.ts). */
export const rng = seededRandom;

/** 1 = keep, 0 = drop. Each output gets a random number from 0 to 1; below the rate is dropped. */
export function makeMask(n: number, rate: number, random: () => number): number[] {
  return Array.from({ length: n }, () => (random() >= rate ? 1 : 0));
}

/** The mask for this state; at test time every output is kept. */
export function maskOf(s: DropoutState): number[] {
  if (s.mode === "test") return s.values.map(() => 1);
  return makeMask(s.values.length, s.rate, rng(s.seed * 104729 + Math.round(s.rate * 100)));
}

const add = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export interface DropoutView {
  mask: number[];
  /** The values the next layer receives. */
  after: number[];
  /** What it would get without the 1 / (1 − rate) scaling: the mistake to avoid. */
  unscaled: number[];
  scale: number;
  sumBefore: number;
  sumAfter: number;
  sumUnscaled: number;
  dropped: number;
  /** The mean of the sum after dropout over many random masks (training only). */
  averageSum: number;
  steps: Step[];
}

export function compute(s: DropoutState): DropoutView {
  const mask = maskOf(s);
  const rate = s.mode === "test" ? 0 : s.rate;
  const after = dropoutValues(s.values, mask, rate);
  const unscaled = s.values.map((v, i) => (mask[i] === 1 ? v : 0));
  return {
    mask,
    after,
    unscaled,
    scale: 1 / (1 - rate),
    sumBefore: add(s.values),
    sumAfter: add(after),
    sumUnscaled: add(unscaled),
    dropped: mask.filter((m) => m === 0).length,
    averageSum: averageSum(s.values, rate, s.seed),
    steps: dropout(s.values, mask, rate),
  };
}

/** Draw many masks and average the sum after dropout: close to the sum before. */
export function averageSum(values: readonly number[], rate: number, seed: number, trials = TRIALS): number {
  const random = rng(seed * 7 + 99991);
  let total = 0;
  for (let t = 0; t < trials; t++) total += add(dropoutValues(values, makeMask(values.length, rate, random), rate));
  return total / trials;
}

export function nextSeed(seed: number): number {
  return seed >= SEED_MAX ? 1 : seed + 1;
}
