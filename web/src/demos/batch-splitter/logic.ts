/**
 * Split a small dataset into mini-batches. The items start sorted by class (all the 0s, then
 * all the 1s, ...), like a file saved one digit at a time; shuffling mixes them with a seeded
 * random order, so "shuffle again" (a new seed) is what a new epoch does.
 */
import { batchCount, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";
import { seededRandom } from "../random";

export const TITLE = "Split a dataset into batches";

export const ITEMS: Range = { min: 1, max: 120, step: 1 };
export const BATCH: Range = { min: 1, max: 64, step: 1 };
export const CLASSES: Range = { min: 2, max: 10, step: 1 };
export const EPOCHS: Range = { min: 1, max: 50, step: 1 };
export const MAX_SEED = 9999;
/** The size of MNIST's training set, for the "and on the real thing" line. */
export const MNIST_SIZE = 60000;

export type SplitterState = { n: number; batch: number; classes: number; epochs: number; shuffle: number; seed: number };

const whole = (v: unknown, fallback: number, r: Range) => Math.round(clamp(numberProp(v, fallback), r.min, r.max));

export function normalise(p: Record<string, unknown>): SplitterState {
  return {
    n: whole(p.n, 20, ITEMS),
    batch: whole(p.batch, 4, BATCH),
    classes: whole(p.classes, 3, CLASSES),
    epochs: whole(p.epochs, 10, EPOCHS),
    shuffle: numberProp(p.shuffle, 0) ? 1 : 0,
    seed: Math.round(clamp(numberProp(p.seed, 1), 0, MAX_SEED)),
  };
}

/** One item of the dataset: its place in the file (1, 2, ...) and its class. */
export interface Item {
  id: number;
  label: number;
}

/** The dataset in file order: item k (0-based) has class floor(k × classes ÷ n), so sorted. */
export function dataset(n: number, classes: number): Item[] {
  return Array.from({ length: n }, (_, k) => ({ id: k + 1, label: Math.floor((k * classes) / n) }));
}

/** The same seed gives the same numbers (see ../random.ts). */
export const random = seededRandom;

/** Shuffle a copy (Fisher–Yates): walk from the end, swap each place with a random earlier one. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Cut a list into batches of `size`; the last batch holds whatever is left. */
export function toBatches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export interface Split {
  batches: Item[][];
  full: number;
  last: number;
  perEpoch: number;
  updates: number;
  /** Batches that hold only one class: a step that only learns about that class. */
  oneClass: number;
  steps: Step[];
  /** Batches per epoch for all of MNIST with this batch size. */
  mnistBatches: number;
}

const valueOf = (steps: Step[], k: number) => steps[k]!.value;

export function compute(s: SplitterState): Split {
  const items = dataset(s.n, s.classes);
  const order = s.shuffle ? shuffled(items, s.seed) : items;
  const batches = toBatches(order, s.batch);
  const steps = batchCount(s.n, s.batch, s.epochs);
  const mnist = batchCount(MNIST_SIZE, s.batch, 1, "batches");
  return {
    batches,
    full: valueOf(steps, 0),
    last: batches[batches.length - 1]!.length,
    perEpoch: valueOf(steps, 2),
    updates: valueOf(steps, 3),
    oneClass: batches.filter((b) => b.every((it) => it.label === b[0]!.label)).length,
    steps,
    mnistBatches: mnist[mnist.length - 1]!.value,
  };
}

/** Shuffle again: a new seed, so a new order (turns shuffling on if it was off). */
export function reshuffle(s: SplitterState): SplitterState {
  return { ...s, shuffle: 1, seed: (s.seed % MAX_SEED) + 1 };
}

/** Ten colours that stay apart from each other, one per class, with dark or light text. */
export const CLASS_COLOURS = [
  { fill: "#1f77b4", ink: "#fff" },
  { fill: "#ff7f0e", ink: "#000" },
  { fill: "#2ca02c", ink: "#000" },
  { fill: "#d62728", ink: "#fff" },
  { fill: "#9467bd", ink: "#fff" },
  { fill: "#8c564b", ink: "#fff" },
  { fill: "#e377c2", ink: "#000" },
  { fill: "#7f7f7f", ink: "#000" },
  { fill: "#bcbd22", ink: "#000" },
  { fill: "#17becf", ink: "#000" },
] as const;
