/**
 * Numbers behind the charts: thinning long curves, choosing axis ranges, the reference curve.
 * Pure functions; the views only draw what these return.
 */
import type { EpochPoint, LossPoint } from "./events";

export type Point = readonly [number, number];

/**
 * At most `max` points, each the mean of an equal run of the originals, keeping the last x.
 * 10,000 losses drawn as 400 points look the same and redraw 25× faster.
 * thin([[1,4],[2,2],[3,3],[4,1]], 2) -> [[2,3],[4,2]]
 */
export function thin(points: readonly Point[], max: number): Point[] {
  if (points.length <= max) return points.slice();
  const out: Point[] = [];
  for (let b = 0; b < max; b++) {
    const lo = Math.floor((b * points.length) / max);
    const hi = Math.floor(((b + 1) * points.length) / max);
    let sum = 0;
    for (let i = lo; i < hi; i++) sum += points[i]![1];
    out.push([points[hi - 1]![0], sum / (hi - lo)]);
  }
  return out;
}

/** [min, max] of the y values with a little air, or `fallback` when there are none. */
export function yExtent(series: readonly (readonly Point[])[], fallback: Point = [0, 1]): Point {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) for (const [, y] of s) {
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  if (!Number.isFinite(lo)) return fallback;
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.05;
  return [Math.max(0, lo - pad), hi + pad];
}

/** [0, last x] over all series, at least [0, 1]. */
export function xExtent(series: readonly (readonly Point[])[], atLeast = 1): Point {
  let hi = atLeast;
  for (const s of series) for (const [x] of s) if (x > hi) hi = x;
  return [0, hi];
}

export function lossPoints(losses: readonly LossPoint[]): Point[] {
  return losses.map((p) => [p.step, p.loss] as const);
}

export function accuracyPoints(epochs: readonly EpochPoint[], which: "train" | "test"): Point[] {
  const out: Point[] = [];
  for (const e of epochs) {
    const v = which === "train" ? e.trainAccuracy : e.testAccuracy;
    if (v !== null) out.push([e.epoch, v]);
  }
  return out;
}

/** A preset's recorded run, as GET /api/train/presets returns it. */
export interface ReferenceCurve {
  steps: number[];
  losses: number[];
  epochs?: number[];
  train_accuracy?: number[];
  test_accuracy?: number[];
}

export function referenceLoss(ref: ReferenceCurve | null | undefined): Point[] {
  if (!ref) return [];
  return ref.steps.map((s, i) => [s, ref.losses[i] ?? 0] as const);
}

export function referenceAccuracy(ref: ReferenceCurve | null | undefined): Point[] {
  if (!ref?.epochs || !ref.test_accuracy) return [];
  const acc = ref.test_accuracy;
  return ref.epochs.map((e, i) => [e, acc[i] ?? 0] as const);
}

/** "0.4213" for losses, "97.1 %" for accuracies. */
export function fmtLoss(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toPrecision(3);
}

export function fmtPercent(v: number): string {
  return `${(v * 100).toFixed(1)} %`;
}

/** Cell shade for a confusion matrix: 0 for nothing, 1 for the row's largest count. */
export function cellShade(count: number, rowTotal: number): number {
  return rowTotal === 0 ? 0 : Math.sqrt(count / rowTotal); // sqrt lifts small mistakes into view
}
