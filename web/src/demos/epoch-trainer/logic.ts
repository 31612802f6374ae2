/**
 * Training on many examples, one update per example. An epoch is one pass through all of them;
 * the loss curve shows each epoch's mean loss. Step shows one example at a time.
 */
import { runEpoch, type EpochResult, type Step } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Train for many epochs";

export const DATASETS = {
  doubling: [
    [2, 4],
    [3, 6],
    [5, 10],
    [1, 2],
  ],
  measured: [
    [1, 2.2],
    [2, 3.9],
    [3, 6.3],
    [4, 7.8],
    [5, 10.1],
  ],
  halving: [
    [2, 1],
    [4, 2],
    [6, 3],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;
export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** `epochs` whole epochs are done; `seen` examples (0 to n) of the next epoch are shown. */
export type TrainerState = { data: DatasetName; w0: number; lr: number; epochs: number; seen: number };

export const START: Range = { min: -2, max: 4, step: 0.1 };
export const RATE: Range = { min: 0.001, max: 0.1, step: 0.001 };
export const MAX_EPOCHS = 100;

export function normalise(p: Record<string, unknown>): TrainerState {
  const data = choiceProp(p.data, DATASET_NAMES, "doubling");
  return {
    data,
    w0: clamp(numberProp(p.w0, 0.1), START.min, START.max),
    lr: clamp(numberProp(p.lr, 0.01), RATE.min, RATE.max),
    epochs: Math.round(clamp(numberProp(p.epochs, 0), 0, MAX_EPOCHS)),
    seen: Math.round(clamp(numberProp(p.seen, 0), 0, DATASETS[data].length)),
  };
}

export function size(s: TrainerState): number {
  return DATASETS[s.data].length;
}

/** Every epoch done so far, then the one in progress (always run in full; shown in part). */
export function history(s: TrainerState): { done: EpochResult[]; now: EpochResult } {
  const data = DATASETS[s.data];
  const done: EpochResult[] = [];
  let w = s.w0;
  for (let k = 0; k < s.epochs; k++) {
    const r = runEpoch(data, w, s.lr);
    done.push(r);
    w = r.w;
  }
  return { done, now: runEpoch(data, w, s.lr) };
}

/** The weight right now: after the examples shown so far in this epoch. */
export function weightNow(s: TrainerState, h = history(s)): number {
  if (s.seen === 0) return h.done.length ? h.done[h.done.length - 1]!.w : s.w0;
  return h.now.weights[s.seen - 1]!;
}

/** The lines of work shown for this epoch: two per example seen, and the mean once all are. */
export function shownSteps(s: TrainerState, h = history(s)): Step[] {
  const n = size(s);
  const lines = h.now.steps.slice(0, 2 * s.seen);
  return s.seen >= n ? h.now.steps.slice(0, 2 * n + 2) : lines;
}

/** The loss curve: each finished epoch's mean loss (epoch 1, 2, ...). */
export function lossCurve(s: TrainerState, h = history(s)): [number, number][] {
  const pts = h.done.map((r, i) => [i + 1, r.mean] as [number, number]);
  if (s.seen >= size(s)) pts.push([h.done.length + 1, h.now.mean]);
  return pts;
}

/** Step: the next example; after the last one, start the next epoch. */
export function nextExample(s: TrainerState): TrainerState {
  if (s.seen < size(s)) return { ...s, seen: s.seen + 1 };
  if (s.epochs >= MAX_EPOCHS - 1) return s;
  return { ...s, epochs: s.epochs + 1, seen: 1 };
}

/** Finish the current epoch at once (or do the whole next one). */
export function nextEpoch(s: TrainerState): TrainerState {
  if (s.seen < size(s)) return { ...s, seen: size(s) };
  if (s.epochs >= MAX_EPOCHS - 1) return s;
  return { ...s, epochs: s.epochs + 1, seen: size(s) };
}

export function atEnd(s: TrainerState): boolean {
  return s.epochs >= MAX_EPOCHS - 1 && s.seen >= size(s);
}
